/**
 * A pure look-up by text that keeps its answers, up to `size` of them (then
 * starts over): letters repeat the same phrases, sentences and word windows,
 * letter after letter, and a kept answer costs one hash look-up.
 */
export function remembered<A>(lookUp: (text: string) => A, size: number): (text: string) => A {
  const seen = new Map<string, A>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as A;
    const found = lookUp(text);
    if (seen.size >= size) seen.clear();
    seen.set(text, found);
    return found;
  };
}
