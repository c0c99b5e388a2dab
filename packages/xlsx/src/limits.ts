/**
 * Bounds on what one workbook may cost to read. A workbook arrives by email from any office; these
 * keep a broken or hostile file (a zip bomb, a sheet of a billion cells) from exhausting memory.
 */
export interface ReadLimits {
  /** Size of the .xlsx file itself, in bytes. */
  readonly maxCompressedBytes: number;
  /** Sum of the unpacked sizes of every part read, in bytes; enforced while inflating. */
  readonly maxUncompressedBytes: number;
  /** Unpacked size of any one part, in bytes; enforced while inflating. */
  readonly maxEntryBytes: number;
  /** Number of entries in the archive's directory. */
  readonly maxEntries: number;
  /** Rows × columns of the rectangle a sheet's used cells span. */
  readonly maxCells: number;
  /**
   * The same summed over all sheets of a workbook: two cells far apart make a large rectangle
   * from a tiny part, so the per-sheet bound alone would not bound a workbook of many sheets.
   */
  readonly maxTotalCells: number;
}

const MB = 1024 * 1024;

export const defaultReadLimits: ReadLimits = Object.freeze({
  maxCompressedBytes: 50 * MB,
  maxUncompressedBytes: 200 * MB,
  maxEntryBytes: 100 * MB,
  maxEntries: 10_000,
  maxCells: 1_000_000,
  maxTotalCells: 4_000_000,
});

export function resolveLimits(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return limits ? { ...defaultReadLimits, ...limits } : defaultReadLimits;
}
