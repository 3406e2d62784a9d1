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

  it('reads service terms of every category', () => {
    expect(of('Work hardening program 10 sessions')).toBe('therapy');
    expect(of('Hinged knee brace')).toBe('equipment');
    expect(of('Raised toilet seat')).toBe('equipment');
    expect(of('Caudal epidural injection')).toBe('procedure');
    expect(of('Synvisc-One right knee')).toBe('procedure');
    expect(of('DEXA scan')).toBe('imaging');
    expect(of('Comprehensive metabolic panel')).toBe('diagnostic');
    expect(of('Group therapy x 12')).toBe('behavioral');
    expect(of('QME')).toBe('evaluation');
    expect(of('Housekeeping services')).toBe('other');
  });

  it('lets an evaluation head noun win over the service it evaluates', () => {
    expect(of('Psychological evaluation')).toBe('evaluation');
    expect(of('Spine surgery consultation')).toBe('evaluation');
    expect(of('Functional restoration program evaluation')).toBe('evaluation');
  });

  it('settles clashes by group order', () => {
    expect(of('Transportation to physical therapy')).toBe('other');
    expect(of('Post-surgical physical therapy after rotator cuff repair')).toBe('therapy');
    expect(of('Myofascial release')).toBe('therapy');
    expect(of('Carpal tunnel release')).toBe('procedure');
    expect(of('Nucynta extended release 100mg')).toBe('medication');
    expect(of('Testosterone replacement therapy')).toBe('medication');
    expect(of('Manipulation under anesthesia')).toBe('procedure');
    expect(of('Injection under ultrasound guidance')).toBe('procedure');
    expect(of('MRI of the lumbar spine after fusion')).toBe('imaging');
    expect(of('Diagnostic medial branch block')).toBe('procedure');
    expect(of('Serum testosterone level')).toBe('diagnostic');
    expect(of('Psychological testing')).toBe('diagnostic');
    expect(of('Follow-up MRI of the knee')).toBe('imaging');
    expect(of('Physical therapy visits x 12')).toBe('therapy');
    expect(of('Suboxone for opioid detoxification')).toBe('medication');
    expect(of('Detoxification program')).toBe('behavioral');
    expect(of('Biofeedback therapy')).toBe('behavioral');
  });

  it('does not let a term inside a timing modifier decide', () => {
    expect(category('Post-surgical Keflex 500mg')).toEqual({ category: 'medication', span: [14, 20], rule: 'items/category-drug' });
    expect(of('Surgical assistant')).toBe('procedure');
  });

  it('files a label with only a strength under medication', () => {
    expect(category('Zorbiq 25mg #60')).toEqual({ category: 'medication', span: [7, 11], rule: 'items/category-strength' });
  });

  it('locates the deciding term', () => {
    expect(category('Right knee MRI')).toEqual({ category: 'imaging', span: [11, 14], rule: 'items/category-lexicon' });
  });

  it('is null when no term matches', () => {
    expect(category('Unspecified request')).toBeNull();
  });
});
