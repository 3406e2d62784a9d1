import { readDataFile, type Plugin, type PluginIssue } from '@imrkit/core';
import { findAge } from './find-age.js';
import { findDiagnoses } from './find-diagnoses.js';
import { findSex } from './find-sex.js';
import { sentenceAt } from './sentences.js';
import { summaryWindow } from './summary-window.js';

export type { Claimant } from './claimant.js';
export { claimantScorer, scorers } from './scorer.js';
export { splitDiagnosisList, trimPiece, type ListedDiagnosis } from './diagnosis-list.js';
export { findOpeners, type Opener } from './diagnosis-openers.js';

const { version } = readDataFile<{ version: string }>(import.meta.url, '../package.json');

/** Fills `claimant`: age, sex and listed diagnoses, read from the case summary. */
export const claimantPlugin: Plugin<'claimant'> = {
  name: 'claimant',
  version,
  key: 'claimant',
  needs: [],
  extract(document) {
    const { span: window, found } = summaryWindow(document);
    const issues: PluginIssue[] = found
      ? []
      : [{ severity: 'warning', message: 'No case summary found in letter; expected a CLINICAL CASE SUMMARY or CASE SUMMARY: section' }];
    const age = findAge(document.text, window);
    const sex = findSex(document.text, age ? sentenceAt(document.text, age.span[0], window) : null, window);
    return { value: { age, sex, diagnoses: findDiagnoses(document.text, window) }, issues };
  },
};

export default claimantPlugin;
