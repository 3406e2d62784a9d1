import { describe, expect, it } from 'vitest';
import {
  classifyParagraphs,
  findCaseNumber,
  isFurniture,
  layoutPdfText,
  loadStructure,
  MAX_PAGE_LINES,
  MAX_WIDTH,
  MIN_PAGE_LINES,
  MIN_WIDTH,
  pdfTextLayout,
  renderVariants,
  splitParagraphs,
  unwrapPdfText,
  type Row,
} from '../src/index.js';
import { fixture, letters, normalize } from './helpers.js';

const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const structure = loadStructure();

function rowsOf(plain: string, seed: string): Row[] {
  return layoutPdfText(classifyParagraphs(splitParagraphs(plain), structure), plain, seed);
}

/** Each letter under its own seed and a few more, so that every drawn branch is exercised. */
function cases(list = letters()): { id: string; plain: string; seed: string }[] {
  return list.flatMap((l) => [l.id, ...SEEDS.map((s) => `${l.id}:${s}`)].map((seed) => ({ ...l, seed })));
}

describe('pdf-text', () => {
  it.each(letters())('unwraps $id back to the paragraphs of its plain.txt', (letter) => {
    for (const { id, plain, seed } of cases([letter])) {
      const pdf = renderVariants(plain, { seed })['pdf-text'];
      // A paragraph that is itself shaped like page furniture ("IMR Case Number: CM13-0003106") is dropped with it.
      const expected = splitParagraphs(plain).filter((p) => !isFurniture(p)).map(normalize);
      expect(unwrapPdfText(pdf).map(normalize), `${id} seed ${seed}`).toEqual(expected);
    }
  });

  it('wraps at a width drawn from 88–98 and never past it', () => {
    const widths = new Set<number>();
    for (const { plain, seed } of cases()) {
      const { width } = pdfTextLayout(seed, plain);
      widths.add(width);
      expect(width).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(width).toBeLessThanOrEqual(MAX_WIDTH);
      for (const row of rowsOf(plain, seed).filter((r) => r.kind === 'text')) {
        const content = row.text.trim();
        if (!/\s/.test(content)) continue; // a single over-long word stands alone
        expect(content.length, content).toBeLessThanOrEqual(width);
      }
    }
    expect(widths.size).toBeGreaterThan(5);
  });

  it('ends every text line with one space, or with a hyphen inside a hyphenated word', () => {
    for (const { plain, seed } of cases()) {
      for (const row of rowsOf(plain, seed)) {
        if (row.kind === 'separator') expect(row.text).toBe(' ');
        else expect(row.text, row.text).toMatch(/(?:\S |\p{L}-)$/u);
      }
    }
  });

  it('puts an empty line after every line, and 2–4 at page breaks only', () => {
    const { plain } = fixture('fd-long');
    for (const seed of SEEDS) {
      const text = renderVariants(plain, { seed })['pdf-text'];
      const runs = [...text.matchAll(/\n(\n*)(?=[^\n]|$)/g)].map((m) => m[1]?.length ?? 0);
      for (const run of runs) expect(run === 1 || (run >= 2 && run <= 4)).toBe(true);
      expect(rowsOf(plain, seed).filter((r) => r.blanks >= 2).length).toBeGreaterThan(0);
    }
  });

  it('breaks pages every 44–52 text lines, with furniture only from templates.json', () => {
    for (const { plain, seed } of cases()) {
      const rows = rowsOf(plain, seed);
      const furniture = rows.filter((r) => r.kind === 'furniture');
      for (const row of furniture) expect(isFurniture(row.text), row.text).toBe(true);
      if (!findCaseNumber(plain)) for (const row of furniture) expect(row.text).not.toMatch(/CM\d{2}-\d{7}/);
      // Pages: the text and separator rows between two footers/headers.
      const pages: number[] = [0];
      let inFurniture = false;
      for (const row of rows) {
        if (row.kind === 'furniture') inFurniture = true;
        else {
          if (inFurniture) pages.push(0);
          inFurniture = false;
          pages[pages.length - 1]! += 1;
        }
      }
      const full = pages.slice(0, -1).filter((n) => n > 0);
      for (const n of full) {
        expect(n).toBeGreaterThanOrEqual(MIN_PAGE_LINES);
        expect(n).toBeLessThanOrEqual(MAX_PAGE_LINES);
      }
      const numbers = furniture.map((r) => /^Page (\d+) of (\d+) $/.exec(r.text)).filter((m) => m !== null);
      numbers.forEach((m, i) => {
        expect(Number(m[1])).toBe(i + 1);
        expect(Number(m[2])).toBe(numbers.length);
      });
    }
  });

  it('splits a hyphenated word only after its hyphen, and never invents one', () => {
    let splits = 0;
    for (const { plain, seed } of cases()) {
      const rows = rowsOf(plain, seed).filter((r) => r.kind === 'text');
      const words = new Set(plain.split(/\s+/));
      rows.forEach((row, i) => {
        const m = /(\S+-) ?$/u.exec(row.text);
        if (!m || !/\p{L}-$/u.test(m[1] ?? '')) return;
        const next = rows[i + 1]?.text.trim().split(/\s+/)[0] ?? '';
        const joined = `${m[1]}${next}`;
        if ([...words].some((w) => w.includes(joined))) splits++;
        else expect(words.has(m[1] ?? ''), `${m[1]} / ${next}`).toBe(true);
      });
    }
    expect(splits).toBeGreaterThan(0);
  });

  it('leaves no space before a heading line other than a single one', () => {
    for (const { plain, seed } of cases()) {
      for (const row of rowsOf(plain, seed)) expect(row.text).not.toMatch(/^ {2}/);
    }
  });
});
