/**
 * A pure function of a text, remembering its results for at most `limit` distinct texts (two at
 * the least). Units' sheets repeat the same labels, headers and titles: reading 3,321 of them
 * normalised the same few hundred strings over and over.
 *
 * Texts are kept in two generations of up to half the limit each: a new result joins the recent
 * one; when that is full it becomes the older one (the one before is dropped), and a text found
 * among the older is moved back to the recent. A text asked for again within half the limit of
 * new texts is never worked out twice, and forgetting costs nothing per text. (Deleting a Map's
 * oldest key instead left a run of deleted slots at the front of the table that every later
 * eviction walked again: a few µs for each new text, on every unit's name and date line.)
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const generation = Math.max(1, Math.floor(limit / 2));
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    // One lookup for a remembered result; a second only to tell a remembered undefined from none.
    const remembered = recent.get(text);
    if (remembered !== undefined || recent.has(text)) return remembered as T;
    let result = older.get(text);
    if (result === undefined && !older.has(text)) result = fn(text);
    if (recent.size >= generation) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, result as T);
    return result as T;
  };
}
