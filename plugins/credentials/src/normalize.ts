/**
 * The form names are compared in: lowercase, `&` as "and", punctuation as
 * spaces, whitespace collapsed ("Physical Medicine & Rehabilitation" and
 * "physical medicine and rehabilitation" compare equal).
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The number of letters in a name: what edit-distance tolerance is scaled by. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
