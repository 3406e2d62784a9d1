export { LAYOUTS, loadBaseLetters, synthesizeCorpus, varyLetter, type BaseLetter, type Layout, type SyntheticCorpus } from './synthesize.js';
export { extractInProcess, readOnly, type InProcessRun, type StageTimes } from './in-process.js';
export { parseMarkdownOnly } from './parser-floor.js';
export { runCli, type CliRun } from './cli-run.js';
export { lengthen, measureScaling, type ScalingResult } from './scaling.js';
export { renderReport, type BenchResult } from './report.js';
export { median } from './stats.js';
