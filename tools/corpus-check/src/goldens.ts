/**
 * Checks one letter's golden against its text, mechanically: shapes and closed
 * sets (schema.ts), then every label, date, case number, specialty and state
 * found in the letter, and the meta.json features found in plain.txt.
 */
import { dateInText } from './dates.js';
import type { Letter } from './letters.js';
import { checkMeta } from './meta.js';
import type { ClosedSets, Structure } from './repo.js';
import { checkShape, DATE_KEYS } from './schema.js';
import { normalizeSpecialtyText, specialtyInText } from './specialties.js';
import { findState } from './states.js';
import { compact } from './text.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The item label lines of a plain letter, as templates.json reads them. */
export function labelLines(plain: string, structure: Structure): { label: string; decision: string }[] {
  return plain
    .split(/\r?\n/)
    .map((line) => structure.itemLabel.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ label: m[1] ?? '', decision: (m[2] ?? '').toLowerCase() }));
}

/** The template a plain letter's opening marks it as. */
export function detectTemplate(plain: string, structure: Structure): string {
  const lines = plain.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const firstHeading = lines.findIndex((l) => structure.headings.some((re) => re.test(l)));
  const opening = firstHeading < 0 ? lines : lines.slice(0, firstHeading + 1);
  for (const mark of structure.templateMarks) if (opening.some((l) => mark.re.test(l))) return mark.template;
  return 'final-determination';
}

function checkText(letter: Letter, golden: Obj, structure: Structure): string[] {
  const p: string[] = [];
  const file = letter.textFile ?? 'the letter';
  const flatCompact = compact(letter.flat);

  const items = list(golden.items).filter(isObj);
  const lines = letter.plain !== undefined ? labelLines(letter.plain, structure) : undefined;
  items.forEach((item, i) => {
    if (typeof item.label !== 'string' || item.label.trim() === '') return;
    if (!flatCompact.includes(compact(item.label))) {
      p.push(`items[${i}].label: ${JSON.stringify(item.label)} not found in ${file}`);
      return;
    }
    if (!lines) return;
    const line = lines.find((l) => l.label === item.label);
    if (!line) p.push(`items[${i}].label: ${JSON.stringify(item.label)} is not the text of an item label line ("<label>: Upheld") in ${file}`);
    else if (line.decision !== item.decision) p.push(`items[${i}].decision: ${JSON.stringify(item.decision)}, but its label line says ${JSON.stringify(line.decision)}`);
  });
  if (lines && lines.length !== items.length) p.push(`items: ${items.length} in the golden, but ${file} has ${lines.length} item label lines`);

  const cn = isObj(golden.case) ? golden.case.caseNumber : null;
  if (typeof cn === 'string' && !letter.raw.includes(cn) && !letter.flat.includes(cn)) p.push(`case.caseNumber: ${cn} not found in ${file}`);

  if (isObj(golden.dates)) {
    for (const key of DATE_KEYS) {
      const v = golden.dates[key];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !dateInText(v, letter.flat)) p.push(`dates.${key}: ${v} not found in ${file} in any date format`);
    }
  }

  if (isObj(golden.credentials)) {
    const normalized = normalizeSpecialtyText(letter.flat);
    list(golden.credentials.specialties).forEach((s, i) => {
      if (typeof s === 'string' && !specialtyInText(s, normalized)) p.push(`credentials.specialties[${i}]: ${JSON.stringify(s)} not found in ${file}`);
    });
    list(golden.credentials.licensure).forEach((code, i) => {
      if (typeof code === 'string' && !findState(code, letter.flat)) p.push(`credentials.licensure[${i}]: no state name for ${code} (or a misspelling within 2 edits) found in ${file}`);
    });
  }
  return p;
}

/** Every problem with one letter, without its folder: one message each. */
export function checkLetter(letter: Letter, sets: ClosedSets, structure: Structure): string[] {
  const p: string[] = [];
  if (!letter.textFile) p.push('no letter text found; expected plain.txt (or pdf-text.txt, markdown.md, html.html)');
  if (letter.expectedError) {
    p.push(`expected.json: ${letter.expectedError}`);
    return p;
  }
  p.push(...checkShape(letter.expected, sets));
  if (letter.textFile && isObj(letter.expected)) p.push(...checkText(letter, letter.expected, structure));
  if (letter.plain !== undefined) {
    if (letter.metaError) p.push(`meta.json: ${letter.metaError}; expected template, credentialForm and features`);
    else {
      p.push(...checkMeta(letter.meta, letter.plain));
      const template = (letter.meta as { template?: unknown } | undefined)?.template;
      const detected = detectTemplate(letter.plain, structure);
      if (typeof template === 'string' && template !== detected) p.push(`meta.json template: "${template}", but plain.txt opens like "${detected}"`);
    }
  }
  return p;
}
