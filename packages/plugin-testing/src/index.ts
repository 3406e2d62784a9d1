export { describeCases, type DescribeCasesOptions } from './describe-cases.js';
export { loadCases, CaseFileError, type PluginCase } from './load-cases.js';
export { runCase, renderCase, spanProblems, CASE_VARIANTS, type CaseVariant } from './run-case.js';
export { describeSeedLetters, findSeedsDir, seedLetters, type DescribeSeedsOptions, type SeedLetter } from './seed-letters.js';
