/**
 * A pure function of a text, remembering its results for the last `limit` distinct texts (the
 * oldest forgotten first). Units' sheets repeat the same labels, headers and titles: reading 3,321
 * of them normalised the same few hundred strings over and over.
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    // One lookup for a remembered result; a second only to tell a remembered undefined from none.
    const remembered = known.get(text);
    if (remembered !== undefined || known.has(text)) return remembered as T;
    const result = fn(text);
    if (known.size >= limit) known.delete(known.keys().next().value as string);
    known.set(text, result);
    return result;
  };
}
