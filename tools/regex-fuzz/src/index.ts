export { constructedPatterns, dataPatterns, dedupe, literalPatterns, ruleRoots, type FoundPattern } from './collect.js';
export { INPUT_LENGTH, pathologicalInputs, patternCharacters, patternWords } from './inputs.js';
export { checkPatterns, type PatternResult } from './check.js';
