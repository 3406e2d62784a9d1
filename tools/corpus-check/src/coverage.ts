/**
 * What the corpus promises, counted: letters, templates, items, outcomes,
 * categories, reason codes, citations, credentials, date distractors, noise and
 * layout variants, each against its target.
 */
import { dateFormatsInText } from './dates.js';
import type { Letter } from './letters.js';
import { CREDENTIAL_FORMS, DATE_KINDS, features, NOISE_KINDS, OTHER_KINDS, TEMPLATES } from './meta.js';
import type { ClosedSets } from './repo.js';
import { findState } from './states.js';

export interface Row {
  area: string;
  measure: string;
  value: string;
  /** The target as written in the table; empty for a row that only informs. */
  target: string;
  /** Whether the target is met; undefined for a row that only informs. */
  ok?: boolean;
}

/** The ACOEM chapters adopted into the MTUS (IMR guide, citations). */
export const ADOPTED_ACOEM_CHAPTERS = [
  'Initial Approaches to Treatment',
  'Independent Medical Examinations and Consultations',
  'Neck and Upper Back Complaints',
  'Shoulder Complaints',
  'Elbow Disorders',
  'Forearm, Wrist, and Hand Complaints',
  'Low Back Complaints',
  'Knee Complaints',
  'Ankle and Foot Complaints',
  'Stress Related Conditions',
];

/** Minimum count for each feature-like row (a reason code, a citation kind, a date distractor...). */
export const MIN_EACH = 3;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);
const spread = (m: Map<string | number, number>): string => [...m.entries()].map(([k, v]) => `${k}: ${v}`).join(' · ') || '—';

function tally<K extends string | number>(keys: readonly K[], order?: readonly K[]): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of order ?? []) m.set(k, 0);
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const atLeast = (area: string, measure: string, n: number, min: number, value = String(n)): Row => ({
  area,
  measure,
  value,
  target: `≥ ${min}`,
  ok: n >= min,
});

export function coverage(letters: readonly Letter[], sets: ClosedSets): Row[] {
  const rows: Row[] = [];
  const info = (area: string, measure: string, value: string): void => void rows.push({ area, measure, value, target: '' });
  const goldens = letters.map((l) => (isObj(l.expected) ? l.expected : {}));
  const items = goldens.flatMap((g) => objs(g.items));
  const citations = goldens.flatMap((g) => objs(g.citations));

  // Letters
  info('letters', 'letters', String(letters.length));
  info('letters', 'per split', spread(tally(letters.map((l) => l.split))));
  const templates = tally(letters.map((l) => String((l.meta as Obj | undefined)?.template ?? '(no meta.json)')));
  for (const t of TEMPLATES) rows.push(atLeast('letters', `template ${t}`, templates.get(t) ?? 0, 8));
  if (templates.has('(no meta.json)')) info('letters', 'without meta.json', String(templates.get('(no meta.json)')));

  // Items
  const perLetter = goldens.map((g) => objs(g.items).length);
  const min = perLetter.length ? Math.min(...perLetter) : 0;
  const max = perLetter.length ? Math.max(...perLetter) : 0;
  info('items', 'items', String(items.length));
  rows.push({ area: 'items', measure: 'items per letter, min / max', value: `${min} / ${max}`, target: '1 / 5', ok: min === 1 && max === 5 });
  info('items', 'items per letter', spread(tally(perLetter.sort((a, b) => a - b))));
  const overturned = items.filter((i) => i.decision === 'overturned');
  rows.push({ area: 'items', measure: 'overturned share', value: `${pct(overturned.length, items.length)} (${overturned.length} of ${items.length})`, target: '≥ 20%', ok: items.length > 0 && overturned.length / items.length >= 0.2 });
  const categories = tally(items.map((i) => String(i.category)), sets.categories);
  const used = sets.categories.filter((c) => (categories.get(c) ?? 0) > 0).length;
  rows.push(atLeast('items', `categories used (of ${sets.categories.length})`, used, 8));
  info('items', 'per category', spread(categories));
  info('items', 'drugs (items with a generic)', `${pct(items.filter((i) => typeof i.generic === 'string').length, items.length)}`);

  // Reason codes
  const pairs = goldens.flatMap((g) => {
    const its = objs(g.items);
    return objs(g.rationale).flatMap((r) => strs(r.reasons).map((code) => ({ code, decision: its[Number(r.item)]?.decision })));
  });
  for (const code of sets.reasonCodes) {
    const n = pairs.filter((p) => p.code === code && (code !== 'criteria-met' || p.decision === 'overturned')).length;
    rows.push(atLeast('reasons', code === 'criteria-met' ? 'criteria-met (on overturned items)' : code, n, MIN_EACH));
  }
  const misplaced = pairs.filter((p) => p.code === 'criteria-met' && p.decision !== 'overturned').length;
  rows.push({ area: 'reasons', measure: 'criteria-met on upheld items', value: String(misplaced), target: '0', ok: misplaced === 0 });

  // Citations
  const family = (f: string): Obj[] => citations.filter((c) => c.guideline === f);
  info('citations', 'citations', String(citations.length));
  rows.push(atLeast('citations', 'MTUS (incl. ACOEM chapters adopted)', family('MTUS').length, MIN_EACH));
  rows.push(atLeast('citations', 'MTUS: ACOEM chapters adopted', family('MTUS').filter((c) => ADOPTED_ACOEM_CHAPTERS.includes(String(c.document))).length, MIN_EACH));
  rows.push(atLeast('citations', 'ODG', family('ODG').length, MIN_EACH));
  info('citations', 'ODG chapters', String(new Set(family('ODG').map((c) => String(c.document))).size));
  rows.push(atLeast('citations', 'ACOEM (on its own)', family('ACOEM').length, MIN_EACH));
  rows.push(atLeast('citations', 'OTHER', family('OTHER').length, MIN_EACH));
  rows.push(atLeast('citations', 'with a page range', citations.filter((c) => Array.isArray(c.pages) && c.pages.length >= 2).length, MIN_EACH));
  rows.push(atLeast('citations', 'with ≥ 2 topics', citations.filter((c) => Array.isArray(c.topics) && c.topics.length >= 2).length, MIN_EACH));
  info('citations', 'with an edition year', String(citations.filter((c) => typeof c.year === 'number').length));
  rows.push(atLeast('citations', '"did not cite" letters', letters.filter((l) => /did not cite any medical evidence/i.test(l.flat)).length, MIN_EACH));

  // Credentials
  const forms = tally(letters.map((l) => String((l.meta as Obj | undefined)?.credentialForm ?? '')));
  for (const f of CREDENTIAL_FORMS) rows.push(atLeast('credentials', `form: ${f}`, forms.get(f) ?? 0, MIN_EACH));
  const states = goldens.map((g) => strs((g.credentials as Obj | undefined)?.licensure).length);
  rows.push({
    area: 'credentials',
    measure: 'states per letter',
    value: spread(tally(states.sort((a, b) => a - b))),
    target: 'each 1–4',
    ok: states.every((n) => n >= 1 && n <= 4),
  });
  const misspelled = letters.filter((l, i) =>
    strs((goldens[i]?.credentials as Obj | undefined)?.licensure).some((code) => findState(code, l.flat)?.kind === 'misspelled'),
  ).length;
  rows.push(atLeast('credentials', 'letters with a misspelled state', misspelled, MIN_EACH));
  const sub = goldens.filter((g) => strs((g.credentials as Obj | undefined)?.specialties).length >= 2).length;
  rows.push(atLeast('credentials', 'letters with ≥ 2 specialties (subspecialty)', sub, MIN_EACH));

  // Features declared in meta.json, each verified against plain.txt
  const declared = letters.flatMap((l) => features(l.meta).map((f) => ({ ...f, letter: l, found: l.plain?.includes(f.text) === true && f.text !== '' })));
  const featureRow = (area: string, kind: string): void => {
    const mine = declared.filter((f) => f.kind === kind);
    const verified = mine.filter((f) => f.found);
    const nLetters = new Set(verified.map((f) => f.letter.dir)).size;
    const missing = mine.length - verified.length;
    rows.push({
      area,
      measure: kind,
      value: `${nLetters} letters (${verified.length} found${missing ? `, ${missing} not in plain.txt` : ''})`,
      target: `≥ ${MIN_EACH} letters`,
      ok: nLetters >= MIN_EACH && missing === 0,
    });
  };
  // Date formats: how the golden's dates are printed in the letters.
  const formats = letters.flatMap((l, i) => {
    const dates = goldens[i]?.dates;
    if (!isObj(dates)) return [];
    return Object.values(dates).flatMap((v) => (typeof v === 'string' ? dateFormatsInText(v, l.flat) : []));
  });
  const byFormat = tally(formats);
  for (const f of ['numeric, 4-digit year', 'numeric, 2-digit year', 'month name'] as const) {
    rows.push(atLeast('dates', `golden dates printed as ${f}`, byFormat.get(f) ?? 0, MIN_EACH));
  }
  for (const kind of DATE_KINDS) featureRow('dates', kind);
  info('dates', 'letters with no UR denial date', String(goldens.filter((g) => isObj(g.dates) && g.dates.urDenial === null).length));
  for (const kind of NOISE_KINDS) featureRow('noise', kind);
  for (const kind of OTHER_KINDS) featureRow('features', kind);

  // Variants
  const withTwo = letters.filter((l) => l.variants.length >= 2).length;
  rows.push({
    area: 'variants',
    measure: 'letters with ≥ 2 variants',
    value: `${pct(withTwo, letters.length)} (${withTwo} of ${letters.length})`,
    target: '≥ 90%',
    ok: letters.length > 0 && withTwo / letters.length >= 0.9,
  });
  info('variants', 'per variant', spread(tally(letters.flatMap((l) => l.variants), ['plain', 'pdf-text', 'markdown', 'html', 'pdf'])));
  return rows;
}

/** The rows as a Markdown table. */
export function coverageTable(rows: readonly Row[]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = ['| area | measure | value | target | |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${cell(r.area)} | ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.target)} | ${r.ok === undefined ? '' : r.ok ? '✅' : '❌'} |`);
  return lines.join('\n');
}
