/**
 * A memory of the parts a caller has read, found again by their compressed bytes. Units fill in
 * copies of one template, so the package's and the workbook's relationships, the workbook part and
 * the styles of most workbooks of a consolidation are the same bytes, and inflating the same
 * deflate data gives the same bytes: given a memory ({@link ReadOptions.partMemory}), such a part
 * is neither inflated nor decoded again. A part is found only when its compressed bytes compare
 * equal in full (the CRC and sizes the file gives only narrow the search; they may lie), and it
 * still counts against the archive's bounds as if inflated again.
 *
 * A part is kept the second time it is met, and only then. Bounded: parts of at most 16 KB
 * compressed and 128 KB inflated, in two generations of at most 32 parts (as memoizeText in core
 * keeps texts), so at most 8 MB of text, and the keys of the last 1,024 to 2,048 parts met. A
 * memory is the caller's own: one for a consolidation's workbooks, say; nothing is remembered
 * without one.
 */
export interface PartMemory {
  /** The text and inflated size of a part read before from exactly these compressed bytes, or undefined. */
  find(method: number, crc: number, compressed: Uint8Array, declaredSize: number): RememberedPart | undefined;
  /** Keeps a part's text, read from `compressed` into `size` bytes, for the next workbook that has it. */
  keep(
    method: number,
    crc: number,
    compressed: Uint8Array,
    declaredSize: number,
    text: string,
    size: number,
  ): void;
}

export interface RememberedPart {
  readonly text: string;
  /** The part's inflated size, counted against the archive's bounds as if it were inflated again. */
  readonly size: number;
  /**
   * What `read` makes of the text, made once and then given to every workbook with this part:
   * `read` must be a pure function of the text, `reader` must name it (with whatever else it
   * depends on), and what it makes must never be changed. A throw is not kept.
   */
  derived<T>(reader: string, read: (text: string) => T): T;
}

/** Parts larger than these are read each time: a sheet or the shared strings is a unit's own. */
const MAX_COMPRESSED = 16 * 1024;
const MAX_INFLATED = 128 * 1024;
const GENERATION = 32;
const MET_GENERATION = 1024;

class Kept implements RememberedPart {
  private readonly made = new Map<string, unknown>();

  constructor(
    /** A copy of the part's compressed bytes: the file's own buffer is never held. */
    readonly compressed: Uint8Array,
    readonly text: string,
    readonly size: number,
  ) {}

  derived<T>(reader: string, read: (text: string) => T): T {
    if (this.made.has(reader)) return this.made.get(reader) as T;
    const made = read(this.text);
    this.made.set(reader, made);
    return made;
  }
}

const keyOf = (method: number, crc: number, compressed: Uint8Array, declaredSize: number): string =>
  `${method}:${crc}:${compressed.length}:${declaredSize}`;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A map that forgets by generations, as memoizeText in core does: a new entry joins the recent
 * generation; a full recent one becomes the older (the one before is dropped), and an entry found
 * among the older is moved back. At most twice `size` entries, and nothing to do per entry forgotten.
 */
class Generations<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const inRecent = this.recent.get(key);
    if (inRecent !== undefined) return inRecent;
    const inOlder = this.older.get(key);
    if (inOlder !== undefined) this.set(key, inOlder);
    return inOlder;
  }

  set(key: string, value: V): void {
    if (this.recent.size >= this.size) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}

/** A new, empty memory of parts. */
export function createPartMemory(): PartMemory {
  const kept = new Generations<Kept>(GENERATION);
  // Keys of parts met: a part is kept only when met again, so that a unit's own sheet, shared
  // strings and properties are not held (and carried through the collector) for nothing.
  const met = new Generations<true>(MET_GENERATION);
  return {
    find(method, crc, compressed, declaredSize) {
      if (compressed.length > MAX_COMPRESSED) return undefined;
      const part = kept.get(keyOf(method, crc, compressed, declaredSize));
      return part !== undefined && sameBytes(part.compressed, compressed) ? part : undefined;
    },
    keep(method, crc, compressed, declaredSize, text, size) {
      if (compressed.length > MAX_COMPRESSED || size > MAX_INFLATED) return;
      const key = keyOf(method, crc, compressed, declaredSize);
      // Found, the key is already among the recent (get moves it there); kept only then.
      if (met.get(key) === undefined) met.set(key, true);
      else kept.set(key, new Kept(compressed.slice(), text, size));
    },
  };
}
