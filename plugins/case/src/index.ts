import { located, readDataFile, type ImrDocument, type Plugin } from '@imrkit/core';

interface CaseNumberData {
  pattern: string;
  fields: string[];
}

const data = readDataFile<CaseNumberData>(import.meta.url, '../data/case-number.json');
const CASE_NUMBER = new RegExp(data.pattern, 'i');
const CASE_NUMBER_GLOBAL = new RegExp(data.pattern, 'gi');

/** The case number in a header field (`Case Number:`, `IMR Case Number:`). */
function fromHeaderField(document: ImrDocument) {
  for (const field of document.sections.fields) {
    if (!data.fields.includes(field.field)) continue;
    const m = CASE_NUMBER.exec(document.text.slice(field.value[0], field.value[1]));
    if (m) return located(m[0].toUpperCase(), [field.value[0] + m.index, field.value[0] + m.index + m[0].length], 'case/header-field');
  }
  return null;
}

/** The first case number printed anywhere: the body, then page headers and footers (after `bodyEnd`). */
function fromText(document: ImrDocument) {
  CASE_NUMBER_GLOBAL.lastIndex = 0;
  const m = CASE_NUMBER_GLOBAL.exec(document.text);
  if (!m) return null;
  const rule = m.index >= document.bodyEnd ? 'case/page-furniture' : 'case/body';
  return located(m[0].toUpperCase(), [m.index, m.index + m[0].length], rule);
}

/** Fills `case`: the IMR case number, wherever the letter prints it. */
export const casePlugin: Plugin<'case'> = {
  name: 'case',
  version: '0.1.0',
  key: 'case',
  needs: [],
  extract(document) {
    return { value: { caseNumber: fromHeaderField(document) ?? fromText(document) } };
  },
};

export default casePlugin;
