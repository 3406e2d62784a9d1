import { describe, expect, it } from 'vitest';
import { splitDiagnosisList, trimPiece } from '../src/index.js';

const split = (text: string) => splitDiagnosisList(text, [0, text.length]).map((d) => d.text);

describe('splitDiagnosisList', () => {
  it('splits on commas and conjunctions and lowercases', () => {
    expect(split(' Lumbar strain, Sciatica and obesity.')).toEqual(['lumbar strain', 'sciatica', 'obesity']);
  });
  it('splits on semicolons alone when the list has them', () => {
    expect(split('spondylosis, lumbar region; low back pain; and neck pain')).toEqual(['spondylosis, lumbar region', 'low back pain', 'neck pain']);
  });
  it('stops at a semicolon that starts a new clause', () => {
    expect(split('panic disorder and insomnia; her score was 58')).toEqual(['panic disorder', 'insomnia']);
  });
  it('joins qualifier pieces to the diagnosis before them', () => {
    expect(split('major depressive disorder, single episode, moderate, and anxiety')).toEqual(['major depressive disorder, single episode, moderate', 'anxiety']);
  });
  it('stops at a verb that continues the sentence', () => {
    expect(split('a neck sprain and completed therapy')).toEqual(['neck sprain']);
  });
  it('keeps a piece up to a terminator and ends the list there', () => {
    expect(split('tenosynovitis treated with splints, and gout')).toEqual(['tenosynovitis']);
  });
  it('drops dates and goes on', () => {
    expect(split('hypertension and, on 8/12/2015, diabetes')).toEqual(['hypertension', 'diabetes']);
  });
  it('spans each diagnosis at its printed text', () => {
    const text = 'Neck Pain and a shoulder sprain';
    expect(splitDiagnosisList(text, [0, text.length]).map((d) => text.slice(...d.span))).toEqual(['Neck Pain', 'shoulder sprain']);
  });
  it('returns nothing for an empty list', () => {
    expect(split('  .')).toEqual([]);
  });
});

describe('trimPiece', () => {
  it('drops punctuation, conjunctions and unbalanced brackets', () => {
    const text = ' and (lumbar strain.';
    expect(text.slice(...trimPiece(text, [0, text.length]))).toBe('lumbar strain');
  });
  it('keeps balanced brackets', () => {
    const text = 'repeated (anterior) dislocation, ';
    expect(text.slice(...trimPiece(text, [0, text.length]))).toBe('repeated (anterior) dislocation');
  });
});

describe('splitDiagnosisList separators', () => {
  it('takes ", as well as" and ", together with" whole', () => {
    expect(split('gout, as well as bursitis, together with tendinitis')).toEqual(['gout', 'bursitis', 'tendinitis']);
  });
});
