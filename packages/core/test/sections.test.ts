import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, type ImrDocument, type Span } from '@imrkit/core';
import { fixtures } from './letters.js';

const load = (name: string): ImrDocument => loadDocument({ source: name, content: readFileSync(join(fixtures, name), 'utf8') });
const at = (document: ImrDocument, span: Span | null): string | null => (span ? document.text.slice(span[0], span[1]) : null);

describe('segmentSections', () => {
  it('final determination: sections and item blocks with multi-paragraph rationales', () => {
    const document = load('final-determination.txt');
    expect(document.template).toBe('final-determination');
    expect(document.sections.headings.map((h) => h.role)).toEqual(['howDetermined', 'caseSummary', 'decisions']);
    const [first, second] = document.sections.items;
    expect(document.sections.items).toHaveLength(2);
    expect(at(document, first!.label)).toBe('Tramadol ER 150mg #30');
    expect(at(document, first!.decision)).toBe('Upheld');
    expect(at(document, first!.rationale)).toMatch(/^Decision rationale: The records.*\nA second paragraph.*necessary\.$/s);
    expect(at(document, second!.label)).toBe('Lumbar epidural steroid injection L4-5');
    expect(at(document, second!.decision)).toBe('Overturned');
    expect(at(document, second!.claimsGuideline)).toMatch(/did not cite any medical evidence/);
  });

  it('header block (markdown): header fields, credentials block, bold item label', () => {
    const document = load('header-block.md');
    expect(document.template).toBe('header-block');
    expect(document.sections.fields.map((f) => [f.field, at(document, f.value)])).toEqual([
      ['caseNumber', 'CM14-0051234'],
      ['assigned', '05/01/2014'],
      ['injury', '10/08/2009'],
      ['decision', '06/17/2014'],
      ['urDenial', '04/11/2014'],
      ['priority', 'Standard'],
      ['applicationReceived', '04/22/2014'],
    ]);
    expect(at(document, document.sections.howDetermined)).toMatch(/State\(s\) of Licensure: Nevada, Utah\nCertification/);
    expect(at(document, document.sections.items[0]!.label)).toBe('Lidoderm 5% patch #30');
  });

  it('MAXIMUS header (html): header table, documents reviewed, numbered item, expert reviewer line', () => {
    const document = load('maximus-header.html');
    expect(document.template).toBe('maximus-header');
    expect(document.text).not.toMatch(/Injected/);
    expect(document.sections.fields.find((f) => f.field === 'decision') && at(document, document.sections.fields.find((f) => f.field === 'decision')!.value)).toBe('11/20/2013');
    expect(at(document, document.sections.documentsReviewed)).toBe('Utilization review determination dated 09/30/2013');
    const [item] = document.sections.items;
    expect(at(document, item!.label)).toBe('Cognitive behavioral therapy x 6 sessions');
    expect(at(document, item!.reviewerGuideline)).toMatch(/^Expert Reviewer guideline: Decision based on ODG Mental Illness & Stress/);
  });

  it('professional review (pdf-text): items from the issue list, guidelines and rationales by number', () => {
    const document = load('professional-review.pdf-text.txt');
    expect(document.template).toBe('professional-review');
    const [first, second] = document.sections.items;
    expect(at(document, first!.label)).toBe('Omeprazole 20mg #60');
    expect(at(document, first!.reviewerGuideline)).toBe('MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, GI symptoms & cardiovascular risk, Page(s): 68-69.');
    expect(at(document, second!.reviewerGuideline)).toBe('ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, page 137.');
    expect(at(document, second!.rationale)).toBe('The return-to-work plan requires it, so the request is medically necessary.');
    expect(second!.claimsGuideline).toBeNull();
    expect(at(document, document.sections.qualifications)).toMatch(/^The physician reviewer is board certified in Internal Medicine/);
    expect(document.text.slice(document.bodyEnd)).toBe('\nPage 1 of 2\nPage 2 of 2');
  });

  it('a text that is no IMR letter has no template, no items, and says so', () => {
    const document = loadDocument({ source: 'note.txt', content: 'Grocery list\nmilk\neggs\n' });
    expect(document.template).toBeNull();
    expect(document.sections.items).toEqual([]);
    expect(document.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^No IMR letter template recognised/)]);
  });
});

describe('professional review item paragraphs', () => {
  it('steps over a colon inside the item label before the one that ends it', () => {
    const letter = [
      'MEDICAL PROFESSIONAL REVIEW',
      'ISSUE AT DISPUTE:',
      '1. Urine toxicology screen Qty: 4: Upheld',
      '2. Naproxen 550mg #60: Overturned',
      'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
      '1. Urine toxicology screen Qty: 4: MTUS Chronic Pain Medical Treatment Guidelines, Drug testing, Page(s): 43.',
      '2. Naproxen 550mg #60. MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, Page(s): 67.',
      'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
      '1. Four screens a year exceed what a low-risk patient needs.',
      '2. Naproxen 550mg #60: Osteoarthritis of the knee is documented.',
    ].join('\n');
    const document = loadDocument({ source: 'x.txt', content: letter, variant: 'plain' });
    const [first, second] = document.sections.items;
    expect(at(document, first!.label)).toBe('Urine toxicology screen Qty: 4');
    expect(at(document, first!.reviewerGuideline)).toBe('MTUS Chronic Pain Medical Treatment Guidelines, Drug testing, Page(s): 43.');
    expect(at(document, second!.reviewerGuideline)).toBe('MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, Page(s): 67.');
    expect(at(document, first!.rationale)).toBe('Four screens a year exceed what a low-risk patient needs.');
    expect(at(document, second!.rationale)).toBe('Osteoarthritis of the knee is documented.');
  });
});
