import { describe, expect, it } from 'vitest';
import { itemName } from '../src/item-name.js';
import { readLabel } from '../src/read-label.js';

const name = (label: string) => itemName(label, readLabel(label).dropped);

describe('itemName', () => {
  it('drops quantity, strength and refills, keeping the brand as written', () => {
    expect(name('Nucynta ER 100mg #60, 1 refill')).toEqual({ name: 'nucynta er', span: [0, 10] });
  });

  it('drops "One Prescription" and quantity labels', () => {
    expect(name('One Prescription Topiramate 25 MG Quantity 60')?.name).toBe('topiramate');
  });

  it('drops frequency and duration, keeping the words around them', () => {
    expect(name('Physical therapy 2x4 for the right wrist')?.name).toBe('physical therapy for the right wrist');
    expect(name('Acupuncture 2 times a week for 3 weeks lumbar spine')?.name).toBe('acupuncture lumbar spine');
  });

  it('keeps connectors that are part of the treatment', () => {
    expect(name('CT of the left wrist without contrast')?.name).toBe('ct of the left wrist without contrast');
    expect(name('Rides to and from therapy visits')?.name).toBe('rides to and from therapy visits');
  });

  it('drops duration parentheticals and purchase/rental', () => {
    expect(name('H-wave device (indefinite use)')?.name).toBe('h-wave device');
    expect(name('Hot/cold unit purchase')?.name).toBe('hot/cold unit');
  });

  it('keeps dosage forms and release variants', () => {
    expect(name('Lidoderm 5% patches #30')?.name).toBe('lidoderm patches');
    expect(name('Tramadol ER 100mg #30')?.name).toBe('tramadol er');
  });

  it('drops weights and volumes', () => {
    expect(name('Capsaicin 0.075% cream 60 grams')?.name).toBe('capsaicin cream');
  });

  it('keeps a combination written with a slash', () => {
    expect(name('Oxycodone/APAP 5/325mg #60')?.name).toBe('oxycodone/apap');
  });

  it('drops request qualifiers and dates of service', () => {
    expect(name('Retrospective request for Medrox patches #30 DOS 1/2/14')?.name).toBe('medrox patches');
    expect(name('MRI lumbar spine (prospective)')?.name).toBe('mri lumbar spine');
    expect(name('Toradol injection administered on 3-4-2014')?.name).toBe('toradol injection');
  });

  it('drops dosing schedules', () => {
    expect(name('Flexeril 10mg TID PRN spasms #90')?.name).toBe('flexeril');
    expect(name('Lidoderm 5% patch 1 patch q 12 hrs #30')?.name).toBe('lidoderm patch');
    expect(name('Tramadol 50mg take 1 tablet by mouth twice daily #60')?.name).toBe('tramadol');
  });

  it('drops a weight with its container', () => {
    expect(name('Voltaren 1% gel 100 gram tube #3')?.name).toBe('voltaren gel');
  });

  it('is null when only a quantity is printed', () => {
    expect(name('#60')).toBeNull();
  });
});
