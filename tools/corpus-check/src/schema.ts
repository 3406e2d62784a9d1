/**
 * The shape of a golden (expected.json): the six data keys of the record, each
 * with the keys, types and closed values the IMR guide fixes. Keys that plugins
 * outside the guide add (e.g. `claimant`) are allowed, as objects or lists.
 */
import { isIsoDate } from './dates.js';
import type { ClosedSets } from './repo.js';
import { STATES } from './states.js';

export const RECORD_KEYS = ['case', 'credentials', 'dates', 'items', 'citations', 'rationale'] as const;
export const DATE_KEYS = ['injury', 'urDenial', 'assigned', 'applicationReceived', 'decision'] as const;
const ITEM_KEYS = ['label', 'name', 'generic', 'decision', 'quantity', 'strength', 'refills', 'category'];
const CITATION_KEYS = ['item', 'by', 'guideline', 'document', 'year', 'topics', 'pages'];
const RATIONALE_KEYS = ['item', 'outcome', 'reasons'];
const DECISIONS = ['upheld', 'overturned'];
const CITERS = ['claims-administrator', 'reviewer'];
const FAMILIES = ['MTUS', 'ODG', 'ACOEM', 'OTHER'];
const OUTCOMES = ['not-medically-necessary', 'medically-necessary'];
export const STRENGTH = /^\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?(?: ?%| [a-zµ][a-z0-9µ/.%]*)$/;
export const CASE_NUMBER = /^CM\d{2}-\d{7}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const show = (v: unknown): string => JSON.stringify(v);

function keys(value: unknown, path: string, expected: readonly string[], problems: string[], extra = false): value is Obj {
  if (!isObj(value)) {
    problems.push(`${path}: unexpected ${show(value)}, expected an object with ${expected.join(', ')}`);
    return false;
  }
  for (const k of expected) if (!(k in value)) problems.push(`${path}: missing key "${k}"`);
  for (const k of Object.keys(value)) {
    if (expected.includes(k)) continue;
    if (!extra) problems.push(`${path}: unexpected key "${k}", expected only ${expected.join(', ')}`);
    else if (typeof value[k] !== 'object' || value[k] === null) problems.push(`${path}: unexpected ${show(value[k])} for key "${k}", expected an object or a list`);
  }
  return true;
}

function stringList(value: unknown, path: string, problems: string[]): value is string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    problems.push(`${path}: unexpected ${show(value)}, expected an array of non-empty strings`);
    return false;
  }
  return true;
}

function oneOf(value: unknown, path: string, allowed: readonly string[], problems: string[], nullable = false): void {
  if (nullable && value === null) return;
  if (typeof value !== 'string' || !allowed.includes(value)) problems.push(`${path}: unexpected ${show(value)}, expected one of ${allowed.join(', ')}`);
}

function lowerOrNull(value: unknown, path: string, problems: string[]): void {
  if (value === null) return;
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${path}: unexpected ${show(value)}, expected a lowercase string or null`);
  else if (value !== value.toLowerCase()) problems.push(`${path}: unexpected ${show(value)}, expected lowercase`);
}

function intOrNull(value: unknown, path: string, problems: string[], min = 0): void {
  if (value !== null && !(isInt(value) && value >= min)) problems.push(`${path}: unexpected ${show(value)}, expected an integer ≥ ${min} or null`);
}

function index(value: unknown, path: string, count: number, problems: string[]): void {
  if (!isInt(value) || value < 0 || value >= count) problems.push(`${path}: item index ${show(value)} out of range, expected 0..${count - 1}`);
}

/** Every shape and type problem of a golden, one message each. */
export function checkShape(golden: unknown, sets: ClosedSets): string[] {
  const p: string[] = [];
  if (!keys(golden, 'expected.json', RECORD_KEYS, p, true)) return p;

  if (keys(golden.case, 'case', ['caseNumber'], p)) {
    const cn = golden.case.caseNumber;
    if (cn !== null && !(typeof cn === 'string' && CASE_NUMBER.test(cn))) p.push(`case.caseNumber: unexpected ${show(cn)}, expected CM + 2 digits + "-" + 7 digits, or null`);
  }

  if (keys(golden.credentials, 'credentials', ['specialties', 'licensure'], p)) {
    stringList(golden.credentials.specialties, 'credentials.specialties', p);
    if (stringList(golden.credentials.licensure, 'credentials.licensure', p)) {
      golden.credentials.licensure.forEach((code, i) => {
        if (!(code in STATES)) p.push(`credentials.licensure[${i}]: unexpected ${show(code)}, expected a two-letter USPS state code`);
      });
    }
  }

  if (keys(golden.dates, 'dates', DATE_KEYS, p)) {
    for (const k of DATE_KEYS) {
      const v = golden.dates[k];
      if (v !== null && v !== undefined && !(typeof v === 'string' && isIsoDate(v))) p.push(`dates.${k}: unexpected ${show(v)}, expected a valid ISO date (YYYY-MM-DD) or null`);
    }
  }

  const items = Array.isArray(golden.items) ? golden.items : [];
  if (!Array.isArray(golden.items)) p.push(`items: unexpected ${show(golden.items)}, expected an array`);
  items.forEach((item: unknown, i) => {
    const at = `items[${i}]`;
    if (!keys(item, at, ITEM_KEYS, p)) return;
    if (typeof item.label !== 'string' || item.label.trim() === '') p.push(`${at}.label: unexpected ${show(item.label)}, expected the label as printed`);
    lowerOrNull(item.name, `${at}.name`, p);
    lowerOrNull(item.generic, `${at}.generic`, p);
    oneOf(item.decision, `${at}.decision`, DECISIONS, p);
    intOrNull(item.quantity, `${at}.quantity`, p, 1);
    intOrNull(item.refills, `${at}.refills`, p, 0);
    if (item.strength !== null && !(typeof item.strength === 'string' && STRENGTH.test(item.strength))) {
      p.push(`${at}.strength: unexpected ${show(item.strength)}, expected number, space, lowercase unit ("10 mg", "10/325 mg", "12 mcg/hr", "5%") or null`);
    }
    oneOf(item.category, `${at}.category`, sets.categories, p);
  });

  if (!Array.isArray(golden.citations)) p.push(`citations: unexpected ${show(golden.citations)}, expected an array`);
  else {
    golden.citations.forEach((c: unknown, i) => {
      const at = `citations[${i}]`;
      if (!keys(c, at, CITATION_KEYS, p)) return;
      index(c.item, `${at}.item`, items.length, p);
      oneOf(c.by, `${at}.by`, CITERS, p);
      oneOf(c.guideline, `${at}.guideline`, FAMILIES, p);
      if (c.document !== null && !(typeof c.document === 'string' && c.document.trim() !== '')) p.push(`${at}.document: unexpected ${show(c.document)}, expected a title or null`);
      if (c.year !== null && !(isInt(c.year) && c.year >= 1980 && c.year <= 2030)) p.push(`${at}.year: unexpected ${show(c.year)}, expected an edition year or null`);
      if (!Array.isArray(c.topics) || !c.topics.every((t) => typeof t === 'string' && t.trim() !== '')) p.push(`${at}.topics: unexpected ${show(c.topics)}, expected an array of strings`);
      if (!Array.isArray(c.pages) || !c.pages.every((n) => isInt(n) && n > 0)) p.push(`${at}.pages: unexpected ${show(c.pages)}, expected an array of page numbers`);
    });
  }

  if (!Array.isArray(golden.rationale)) p.push(`rationale: unexpected ${show(golden.rationale)}, expected an array`);
  else {
    const seen = new Map<number, number>();
    golden.rationale.forEach((r: unknown, i) => {
      const at = `rationale[${i}]`;
      if (!keys(r, at, RATIONALE_KEYS, p)) return;
      index(r.item, `${at}.item`, items.length, p);
      oneOf(r.outcome, `${at}.outcome`, OUTCOMES, p);
      if (!Array.isArray(r.reasons)) p.push(`${at}.reasons: unexpected ${show(r.reasons)}, expected an array of reason codes`);
      else {
        r.reasons.forEach((code: unknown, j) => oneOf(code, `${at}.reasons[${j}]`, sets.reasonCodes, p));
        if (new Set(r.reasons).size !== r.reasons.length) p.push(`${at}.reasons: unexpected duplicate codes in ${show(r.reasons)}`);
      }
      if (isInt(r.item)) {
        seen.set(r.item, (seen.get(r.item) ?? 0) + 1);
        const item: unknown = items[r.item];
        if (isObj(item) && DECISIONS.includes(item.decision as string) && OUTCOMES.includes(r.outcome as string)) {
          const agrees = (item.decision === 'upheld') === (r.outcome === 'not-medically-necessary');
          if (!agrees) p.push(`${at}.outcome: unexpected ${show(r.outcome)} for item ${r.item} decided ${show(item.decision)}, expected ${item.decision === 'upheld' ? '"not-medically-necessary"' : '"medically-necessary"'}`);
        }
      }
    });
    items.forEach((_: unknown, i) => {
      const n = seen.get(i) ?? 0;
      if (n !== 1) p.push(`rationale: item ${i} has ${n} rationale entries, expected exactly 1`);
    });
  }
  return p;
}
