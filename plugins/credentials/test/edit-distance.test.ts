import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/edit-distance.js';

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('califronia', 'california')).toBe(1);
    expect(editDistance('illinios', 'illinois')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('pennsylvnia', 'pennsylvania')).toBe(1);
    expect(editDistance('new jersery', 'new jersey')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'ohio')).toBe(4);
    expect(editDistance('ohio', 'ohio')).toBe(0);
  });

  it('stops at max + 1 once the names are too far apart', () => {
    expect(editDistance('utah', 'massachusetts', 2)).toBe(3);
    expect(editDistance('oreagno', 'oregon', 1)).toBe(2);
  });
});
