/** Length of every pathological input, per the brief: long enough for a quadratic pattern to show. */
export const INPUT_LENGTH = 100_000;

/** A character each escape or class in a pattern matches, for building runs of it. */
const CLASS_SAMPLES: Record<string, string> = { s: ' ', d: '7', w: 'a', S: 'x', D: 'x', W: '-', t: '\t', n: '\n' };

/**
 * The characters a pattern can repeat: its literal characters and one sample of
 * each escape class it uses, plus characters common in letters.
 */
export function patternCharacters(source: string): string[] {
  const chars = new Set<string>(['a', 'A', ' ', '7', '.', '-', ',', '\n', '/', '#']);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      const sample = CLASS_SAMPLES[next];
      if (sample) chars.add(sample);
      else if (next === 'p' || next === 'P') chars.add(source[i + 3] === 'L' && source[i + 4] === 'u' ? 'A' : 'a');
      else if (!/[bBukx0-9]/.test(next)) chars.add(next);
      i++;
    } else if (!'()[]{}|*+?^$'.includes(ch)) chars.add(ch);
  }
  return [...chars];
}

/** Words of a pattern (`review`, `denied`), whose repetition walks alternations deep. */
export function patternWords(source: string): string[] {
  return [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 8);
}

const fill = (unit: string): string => unit.repeat(Math.ceil(INPUT_LENGTH / unit.length)).slice(0, INPUT_LENGTH);

/**
 * Inputs that make backtracking patterns slow: one long run per character the
 * pattern repeats, runs of its words, and alternations of character and space;
 * each ends in `!` so no match can finish early at the end.
 */
export function pathologicalInputs(source: string): string[] {
  const inputs: string[] = [];
  for (const ch of patternCharacters(source)) {
    inputs.push(`${fill(ch)}!`);
    if (ch !== ' ') inputs.push(`${fill(`${ch} `)}!`);
  }
  for (const word of patternWords(source)) inputs.push(`${fill(`${word} `)}!`, `${fill(word)}!`);
  return inputs;
}
