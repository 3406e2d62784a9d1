/**
 * Whether a canonical specialty ("Physical Medicine and Rehabilitation",
 * "Orthopedic Surgery", "Family Medicine") is printed in a letter, allowing the
 * spellings the guide maps to it: & / and, Orthopaedic, Family Practice.
 */

export function normalizeSpecialtyText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/&|\//g, ' and ')
    .replace(/orthopaedic/g, 'orthopedic')
    .replace(/family practice/g, 'family medicine')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

export function specialtyInText(specialty: string, normalizedText: string): boolean {
  return normalizedText.includes(normalizeSpecialtyText(specialty));
}
