/**
 * US states by USPS code, and finding a state's name in a letter even when
 * it is misspelled ("New Jersery", "Pennsylvnia").
 */

export const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico',
};

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export type StateMatch = { kind: 'exact' | 'misspelled'; text: string } | undefined;

/**
 * Where the state's name appears in the text: exactly (any case), or as a
 * capitalised run of as many words within edit distance 2.
 */
export function findState(code: string, text: string): StateMatch {
  const name = STATES[code];
  if (!name) return undefined;
  const exact = new RegExp(`\\b${name.replace(/ /g, '\\s+')}\\b`, 'i').exec(text);
  if (exact) return { kind: 'exact', text: exact[0] };
  const words = text.match(/\p{L}+/gu) ?? [];
  const size = name.split(' ').length;
  const target = name.toLowerCase();
  for (let i = 0; i + size <= words.length; i++) {
    const window = words.slice(i, i + size);
    if (!window.every((w) => /^\p{Lu}/u.test(w) || w === 'of')) continue;
    const candidate = window.join(' ');
    if (editDistance(candidate.toLowerCase(), target, 2) <= 2) return { kind: 'misspelled', text: candidate };
  }
  return undefined;
}
