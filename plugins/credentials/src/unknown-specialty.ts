import { normalizeName } from './normalize.js';

/**
 * Whether an unknown name reads like a specialty, so that it may be kept: its
 * last word ends a canonical specialty name ("Wound Care Medicine", "Pain
 * Management") or has a specialty's ending ("-ology", "-iatry"). "Fellowship
 * Trained", "Interventional Spine" and a stray "Yes" do not.
 */
export function createSpecialtyShape(canonicalNames: readonly string[], suffixes: readonly string[]): (name: string) => boolean {
  const heads = new Set(canonicalNames.map((n) => normalizeName(n).split(' ').at(-1) ?? ''));
  const endings = suffixes.map((s) => s.toLowerCase());
  return (name) => {
    const last = normalizeName(name).split(' ').at(-1) ?? '';
    return heads.has(last) || endings.some((s) => last.endsWith(s));
  };
}
