import { describe, expect, it } from 'vitest';
import { readLabel } from '../src/read-label.js';

const quantity = (label: string) => readLabel(label).quantity;
const value = (label: string) => quantity(label)?.value ?? null;

describe('quantity in a label', () => {
  it('reads "#60" and "# 60"', () => {
    expect(quantity('Meloxicam 15mg #30')).toEqual({ value: 30, span: [15, 18], rule: 'items/quantity-hash' });
    expect(value('Meloxicam 15mg # 30')).toBe(30);
  });

  it('reads "Qty: 12", "Quantity 90" and "Quantity: 1"', () => {
    expect(quantity('Chiropractic care Qty: 8')).toEqual({ value: 8, span: [23, 24], rule: 'items/quantity-label' });
    expect(value('Pregabalin 75 MG Quantity 60')).toBe(60);
    expect(value('Lumbar corset Quantity: 1')).toBe(1);
  });

  it('reads a leading count', () => {
    expect(quantity('90 Naproxen 500mg')).toEqual({ value: 90, span: [0, 2], rule: 'items/quantity-leading' });
  });

  it('multiplies frequency by duration', () => {
    expect(quantity('Aquatic therapy 2x6 left knee')).toEqual({ value: 12, span: [16, 19], rule: 'items/quantity-frequency' });
    expect(value('Massage 2 x 3')).toBe(6);
    expect(value('Physical therapy 3 times a week for 4 weeks')).toBe(12);
    expect(value('Occupational therapy twice weekly for six weeks')).toBe(12);
    expect(value('Physical therapy 3x/week x 4 weeks')).toBe(12);
    expect(value('Home attendant 4 times per week for 2 weeks')).toBe(8);
    expect(value('Chiropractic care 2 x week x 3 weeks')).toBe(6);
    expect(value('Psychiatric follow-up 1 visit per month x 6 months')).toBe(6);
  });

  it('reads a range of frequencies as its upper bound', () => {
    expect(value('Physical therapy 2-3 times per week for 4 weeks')).toBe(12);
  });

  it('reads "x 6 sessions", "x12" and "12 sessions"', () => {
    expect(value('Biofeedback x 6 sessions')).toBe(6);
    expect(value('Chiropractic manipulation x12')).toBe(12);
    expect(value('Acupuncture 10 sessions')).toBe(10);
    expect(value('Eight visits of acupuncture')).toBe(8);
    expect(value('Ten (10) sessions of chiropractic care')).toBe(10);
  });

  it('reads ranges of duration by their upper bound, and a lone adverb as one per period', () => {
    expect(value('Physical therapy 2-3 times per week for 4-6 weeks')).toBe(18);
    expect(value('Psychiatric follow-up monthly x 6 months')).toBe(6);
    expect(value('Functional restoration program 5 days per week x 4 weeks')).toBe(20);
  });

  it('reads the unit of a count as part of it ("#60 tablets")', () => {
    expect(quantity('Naproxen 550mg #60 tablets')).toEqual({ value: 60, span: [15, 18], rule: 'items/quantity-hash' });
    expect(value('Norco 10/325mg qty 120 tablets')).toBe(120);
  });

  it('reads a count in brackets and a leading count in words', () => {
    expect(quantity('Trigger point injections (4)')).toEqual({ value: 4, span: [26, 27], rule: 'items/quantity-bracket' });
    expect(value('Six (6) chiropractic visits')).toBe(6);
    expect(value('Functional restoration program x 80 hours')).toBe(80);
  });

  it('does not read hours per day, yearly rates or dates as quantities', () => {
    expect(value('Home health aide 4 hours per day')).toBeNull();
    expect(value('Urine drug testing x 4 per year')).toBe(4);
    expect(value('Urine drug screen (DOS: 01/02/2014 - 01/05/2014)')).toBeNull();
    expect(value('Toradol injection DOS January 2, 2014')).toBeNull();
  });

  it('does not read a dose with its route or schedule as a quantity', () => {
    expect(value('Oxycodone 10mg 1-2 tabs PO q4-6 hrs PRN pain')).toBeNull();
    expect(value('Lidocaine 5% patch 12 hours on and 12 hours off')).toBeNull();
    expect(value('Gabapentin 600mg 1 tablet three times daily')).toBeNull();
    expect(value('Naproxen 550mg 1 tab 2 times daily')).toBeNull();
    expect(value('Tramadol 50mg 1 tab PO q6h')).toBeNull();
    expect(value('Tramadol 50mg 1 tab PO q6h #120')).toBe(120);
  });

  it('does not multiply a quantity by a refill count', () => {
    expect(value('Gabapentin 300mg #90 x3 refills')).toBe(90);
    expect(readLabel('Gabapentin 300mg #90 x3 refills').refills?.value).toBe(3);
  });

  it('does not read weights, volumes or strengths as quantities', () => {
    expect(value('Ketoprofen 10% cream 120gm')).toBeNull();
    expect(value('Lidopro lotion 240 ml')).toBeNull();
    expect(value('Celecoxib 200mg')).toBeNull();
  });

  it('does not read a drug name number ("Tylenol #3") as a quantity', () => {
    expect(value('Tylenol #3 #60')).toBe(60);
    expect(value('Tylenol #3')).toBeNull();
  });

  it('does not read a duration alone, a date or a spinal level as a quantity', () => {
    expect(value('Physical therapy for 6 weeks')).toBeNull();
    expect(value('Urine drug screen (DOS 04/02/2014)')).toBeNull();
    expect(value('Epidural steroid injection L4-5')).toBeNull();
    expect(value('Interferential unit 30-day rental')).toBeNull();
  });
});
