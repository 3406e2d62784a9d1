export { discoverCorpus, type Letter, type VariantFile } from './corpus.js';
export { runCorpus, type RunOptions, type ProgressEvent } from './run.js';
export type { CorpusResult, Slice, LetterResult, DocumentResult, LetterMiss, Parity, ParityDifference } from './result.js';
export { scoreDocument } from './score-document.js';
export type { Scorer, ScorerRegistry, ScoreContext, Golden } from './scorer.js';
export { DEFAULT_SCORERS, scorerFor } from './scorers/registry.js';
export { genericScorer } from './scorers/generic.js';
export { scoreCase } from './scorers/case.js';
export { scoreCredentials } from './scorers/credentials.js';
export { scoreDates } from './scorers/dates.js';
export { scoreItems } from './scorers/items.js';
export { scoreCitations, matchCitations } from './scorers/citations.js';
export { scoreRationale } from './scorers/rationale.js';
export {
  emptyTally,
  countPrf,
  countAccuracy,
  countComparison,
  mergeTallies,
  type Tally,
  type MetricCounts,
  type PrfCounts,
  type AccuracyCounts,
  type Miss,
} from './tally.js';
export { figures, headline, type Figures } from './figures.js';
export {
  normalizeText,
  tokenSetRatio,
  textSimilarity,
  textMatches,
  MATCH_MODES,
  TOKEN_SET_THRESHOLD,
  type MatchMode,
} from './normalize.js';
export { pairItems, type ItemPairing } from './item-pairing.js';
export { renderConsoleReport } from './report-console.js';
export { renderMarkdownReport, type MarkdownReportOptions } from './report-markdown.js';
export { listedMisses, withheldLine, type ListedMisses } from './held-out.js';
export { renderJsonReport, toJsonReport, type JsonReport, type JsonSlice } from './report-json.js';
export { explainLetter } from './report-explain.js';
export { toBaseline, compareBaseline, OVERALL_SCOPE, type Baseline, type Drop } from './baseline.js';
