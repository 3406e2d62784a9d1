import { describe, expect, it } from 'vitest';
import { readLabel } from '../src/read-label.js';

const refills = (label: string) => readLabel(label).refills;

describe('refills in a label', () => {
  it('reads "2 refills" with its span', () => {
    expect(refills('Duloxetine 60mg #30, 2 refills')).toEqual({ value: 2, span: [21, 30], rule: 'items/refills' });
  });

  it('reads "with 3 refills", "refills: 1" and number words', () => {
    expect(refills('Duloxetine 60mg #30 with 3 refills')?.value).toBe(3);
    expect(refills('Duloxetine 60mg #30 refills: 1')?.value).toBe(1);
    expect(refills('Duloxetine 60mg #30, five refills')?.value).toBe(5);
  });

  it('reads "w/ 2 refills", "w/2 refills" and "refills x 2"', () => {
    expect(refills('Norco 10/325mg #120 w/ 2 refills')?.value).toBe(2);
    expect(refills('Norco 10/325mg #120 w/2 refills')?.value).toBe(2);
    expect(refills('Norco 10/325mg #120, refills x 2')?.value).toBe(2);
  });

  it('reads "no refills" as 0', () => {
    expect(refills('Duloxetine 60mg #30, no refills')?.value).toBe(0);
  });

  it('does not take the quantity for a refill count', () => {
    const reading = readLabel('Duloxetine 60mg #90 refills: 1');
    expect(reading.quantity?.value).toBe(90);
    expect(reading.refills?.value).toBe(1);
  });

  it('stays null without refills', () => {
    expect(refills('Duloxetine 60mg #30')).toBeNull();
  });
});
