export { extractCommand, type ExtractOptions } from './commands/extract.js';
export { scoreCommand, type ScoreOptions } from './commands/score.js';
export { expandInputs, INPUT_EXTENSIONS } from './inputs.js';
export { readRecord, hasErrors } from './read-record.js';
export { loadPlugins, loadRegistry } from './plugins.js';
export { reviewCommand, type ReviewOptions } from './commands/review.js';
