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

/**
 * The key a printed name is looked up by: {@link normalizeName}, except that a
 * comma or semicolon stays a comma. A comma separates two names unless the name
 * itself holds one ("Endocrinology, Diabetes and Metabolism"), so "Sports
 * Medicine, Family Medicine" is never the one name "Sports Medicine Family Medicine".
 */
export function matchKey(text: string): string {
  return text
    .split(/[,;]/)
    .map(normalizeName)
    .filter((part) => part !== '')
    .join(' , ');
}

/** The number of letters in a name: what edit-distance tolerance is scaled by. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
