import { describe, expect, it } from 'vitest';
import { readLabel } from '../src/read-label.js';
import { normalizeStrength } from '../src/strength.js';

const strength = (label: string) => readLabel(label).strength;

describe('normalizeStrength', () => {
  it('writes the number, a space and the lowercase unit', () => {
    expect(normalizeStrength('20', 'MG')).toBe('20 mg');
    expect(normalizeStrength('7.5', 'mg')).toBe('7.5 mg');
  });

  it('joins ratios with a slash', () => {
    expect(normalizeStrength('10 / 325', 'mg')).toBe('10/325 mg');
    expect(normalizeStrength('10-325', 'mg')).toBe('10/325 mg');
  });

  it('spells hourly rates "mcg/hr"', () => {
    expect(normalizeStrength('12', 'mcg/hour')).toBe('12 mcg/hr');
    expect(normalizeStrength('25', 'MCG/H')).toBe('25 mcg/hr');
  });

  it('keeps the percent sign on the number', () => {
    expect(normalizeStrength('5', '%')).toBe('5%');
    expect(normalizeStrength('0.025', 'percent')).toBe('0.025%');
  });

  it('refuses units that are not strengths', () => {
    expect(normalizeStrength('120', 'gm')).toBeNull();
  });
});

describe('strength in a label', () => {
  it('reads the strength and its span', () => {
    expect(strength('Gabapentin 300MG #90')).toEqual({ value: '300 mg', span: [11, 16], rule: 'items/strength' });
  });

  it('reads a ratio strength printed without a unit right after a drug name', () => {
    expect(strength('Norco 10/325 #120')).toEqual({ value: '10/325 mg', span: [6, 12], rule: 'items/strength-ratio' });
  });

  it('does not read a bare ratio that follows no drug name', () => {
    expect(strength('Physical therapy 10/12 lumbar')).toBeNull();
  });

  it('does not read a weight or volume as a strength', () => {
    expect(strength('Diclofenac gel 1% 100gm')?.value).toBe('1%');
    expect(strength('Terocin lotion 240 ml')).toBeNull();
  });

  it('reads an amount with thousands separators', () => {
    expect(strength('Ergocalciferol 50,000 IU #12')?.value).toBe('50,000 iu');
  });

  it('joins two amounts of one unit into a ratio', () => {
    expect(strength('Norco 10mg/325mg #90')).toEqual({ value: '10/325 mg', span: [6, 16], rule: 'items/strength' });
    expect(strength('Norco 10 mg-325 mg #90')?.value).toBe('10/325 mg');
  });

  it('takes the first percentage of a list', () => {
    expect(strength('Ketoprofen/Gabapentin/Lidocaine cream 10%/6%/5% 240gm')?.value).toBe('10%');
  });

  it('takes the first of several strengths', () => {
    expect(strength('Flurbiprofen 20%/Lidocaine 5% cream')?.value).toBe('20%');
  });
});
