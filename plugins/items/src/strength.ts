import { strengthUnit } from './label-grammar.js';

/**
 * Writes a strength the guide's way: the number (ratios joined by "/"), a
 * space, the lowercase unit; a percentage keeps its sign on the number.
 *
 * @example normalizeStrength('10-325', 'MG') // '10/325 mg'
 * @example normalizeStrength('12', 'mcg/hour') // '12 mcg/hr'
 */
export function normalizeStrength(amount: string, writtenUnit: string): string | null {
  const unit = strengthUnit(writtenUnit);
  if (!unit) return null;
  const number = amount
    .replace(/\s+/g, '')
    .replace(/-/g, '/');
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
