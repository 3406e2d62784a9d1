/**
 * Compares the plugin's hand-written date reader with chrono-node on every full
 * date printed in the seed and corpus/dev letters (bench/date-mentions.json, a
 * hand-checked list). Each reader's date claims are scored per letter:
 * correct (the value of a listed date, read from the text as printed),
 * incorrect (a value no listed date has, or the right value read from the wrong
 * text), missed (a listed date no claim matched).
 *
 *   pnpm --filter @imrkit/plugin-dates build && node plugins/dates/bench/compare-chrono.mjs
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { toIsoDate } from '../dist/calendar.js';
import { findDateMentions } from '../dist/find-dates.js';
import { letterYear } from '../dist/letter-year.js';

const ROOTS = { seeds: new URL('../../../../shared/seeds/', import.meta.url), dev: new URL('../../../corpus/dev/', import.meta.url) };
const CURRENT_YEAR = new Date().getFullYear();
const reference = JSON.parse(readFileSync(new URL('./date-mentions.json', import.meta.url), 'utf8'));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The hand-written reader: full dates only, two-digit years by the letter's year. */
function handWritten(text) {
  const mentions = findDateMentions(text, [0, text.length]);
  const year = letterYear(null, mentions, CURRENT_YEAR);
  return mentions.filter((m) => m.day !== null).map((m) => ({ iso: toIsoDate(m, year), text: m.text }));
}

/** chrono-node: every absolute date with a known day and month (relative ones such as "for 4 weeks" left out); a range gives its two ends. */
function chronoReader(parser) {
  return (text) =>
    parser
      .parse(text, new Date())
      .filter((r) => !r.tags().has('result/relativeDate') && ![...r.tags()].some((t) => t.startsWith('casualReference')))
      .flatMap((r) => (r.end ? [{ component: r.start, text: null }, { component: r.end, text: null }] : [{ component: r.start, text: r.text }]))
      .filter(({ component }) => component.isCertain('day') && component.isCertain('month'))
      .map(({ component, text: printed }) => {
        const d = component.date();
        const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        return { iso, text: printed };
      });
}

/** Scores one reader's claims against the listed dates of one letter; a claim without text (a range end) is matched on value alone. */
function score(claims, listed) {
  const open = listed.map((d) => ({ ...d, used: false }));
  let correct = 0;
  let incorrect = 0;
  for (const claim of claims) {
    const hit = open.find((d) => !d.used && d.iso === claim.iso && (claim.text === null || squash(claim.text) === d.text));
    if (hit) {
      hit.used = true;
      correct++;
    } else incorrect++;
  }
  return { correct, incorrect, missed: open.filter((d) => !d.used).length };
}

const readers = { 'hand-written': handWritten, 'chrono-node strict': chronoReader(chrono.strict), 'chrono-node casual': chronoReader(chrono.casual) };
const totals = Object.fromEntries(Object.keys(readers).map((k) => [k, { correct: 0, incorrect: 0, missed: 0, ms: 0 }]));
for (const letter of reference.letters) {
  const [root, ...rest] = letter.source.split('/');
  const text = readFileSync(new URL(rest.join('/'), ROOTS[root]), 'utf8');
  for (const [name, read] of Object.entries(readers)) {
    const started = performance.now();
    const claims = read(text);
    totals[name].ms += performance.now() - started;
    const s = score(claims, letter.dates);
    for (const k of Object.keys(s)) totals[name][k] += s[k];
  }
}
const listed = reference.letters.reduce((n, l) => n + l.dates.length, 0);
console.log(`${reference.letters.length} letters, ${listed} listed dates`);
for (const [name, t] of Object.entries(totals)) {
  const precision = t.correct / (t.correct + t.incorrect || 1);
  const recall = t.correct / listed;
  console.log(`${name.padEnd(20)} correct ${t.correct}  incorrect ${t.incorrect}  missed ${t.missed}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  ${t.ms.toFixed(0)} ms`);
}
