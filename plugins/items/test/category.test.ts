import { describe, expect, it } from 'vitest';
import { categorize } from '../src/category.js';
import { readLabel } from '../src/read-label.js';

const category = (label: string) => {
  return categorize(label, readLabel(label));
};
const of = (label: string) => category(label)?.category ?? null;

describe('categorize', () => {
  it('files drugs under medication, located at the drug name', () => {
    expect(category('Celebrex 200mg #30')).toEqual({ category: 'medication', span: [0, 8], rule: 'items/category-drug' });
  });

  it('reads each category from its terms', () => {
    expect(of('Chiropractic manipulation x 6')).toBe('therapy');
    expect(of('Lumbar back brace')).toBe('equipment');
    expect(of('Left L5-S1 transforaminal epidural steroid injection')).toBe('procedure');
    expect(of('CT scan of the head')).toBe('imaging');
    expect(of('Nerve conduction studies of both arms')).toBe('diagnostic');
    expect(of('Individual psychotherapy x 8')).toBe('behavioral');
    expect(of('Pain management consultation')).toBe('evaluation');
    expect(of('Pool membership for 3 months')).toBe('other');
  });

  it('lets specific terms win over generic ones', () => {
    expect(of('Cold therapy unit')).toBe('equipment');
    expect(of('Cognitive behavioral therapy x 6 sessions')).toBe('behavioral');
    expect(of('Ultrasound-guided cortisone injection')).toBe('procedure');
    expect(of('Functional capacity evaluation')).toBe('evaluation');
    expect(of('Trigger point injections with lidocaine')).toBe('procedure');
  });

  it('locates the deciding term', () => {
    expect(category('Right knee MRI')).toEqual({ category: 'imaging', span: [11, 14], rule: 'items/category-lexicon' });
  });

  it('is null when no term matches', () => {
    expect(category('Unspecified request')).toBeNull();
  });
});
