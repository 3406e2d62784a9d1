/** A reference to a named word list inside a cue pattern: `{{conservativeCare}}`. */
const REFERENCE = /\{\{([A-Za-z][\w-]*)\}\}/g;

/**
 * Replaces every `{{name}}` in cue patterns by the named lexicon (a regular
 * expression source, wrapped in a non-capturing group), so that one vocabulary
 * (first-line treatments, outcome measures...) is written once and shared by
 * the cues that need it. Lexicons may refer to other lexicons.
 */
export function expandLexicons(sources: readonly string[], lexicons: Readonly<Record<string, string>>): string[] {
  const expand = (source: string, seen: readonly string[]): string =>
    source.replace(REFERENCE, (_, name: string) => {
      const body = lexicons[name];
      if (body === undefined) throw new Error(`Unexpected lexicon {{${name}}} in data/reasons, expected one of ${Object.keys(lexicons).join(', ')}`);
      if (seen.includes(name)) throw new Error(`Unexpected circular lexicon {{${name}}}, expected lexicons to refer to others without cycles`);
      return `(?:${expand(body, [...seen, name])})`;
    });
  return sources.map((source) => expand(source, []));
}
