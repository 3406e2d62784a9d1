import { describe, expect, it } from 'vitest';
import { detectVariant } from '@imrkit/core';

describe('detectVariant', () => {
  it('trusts corpus file names and extensions', () => {
    expect(detectVariant('a/pdf-text.txt', 'x')).toBe('pdf-text');
    expect(detectVariant('a/plain.txt', 'x')).toBe('plain');
    expect(detectVariant('a/letter.md', 'x')).toBe('markdown');
    expect(detectVariant('a/letter.htm', 'x')).toBe('html');
    expect(detectVariant('a/letter.pdf', 'x')).toBe('pdf');
  });

  it('tells hard-wrapped PDF text from one-paragraph-per-line text by content', () => {
    const wrapped = Array.from({ length: 8 }, (_, i) => `line ${i} of a letter that was wrapped near the page width `).join('\n\n');
    const plain = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} ${'is long enough to exceed any page width. '.repeat(4)}`).join('\n');
    expect(detectVariant('x.txt', wrapped)).toBe('pdf-text');
    expect(detectVariant('x.txt', plain)).toBe('plain');
    expect(detectVariant('letter', '<!DOCTYPE html><html></html>')).toBe('html');
  });
});
