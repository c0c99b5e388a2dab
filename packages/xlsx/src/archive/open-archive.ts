import { Inflate, inflateSync } from "fflate";
import { fileLabel, XlsxError } from "../error.js";
import type { ReadLimits } from "../limits.js";
import type { PartMemory, RememberedPart } from "./part-memory.js";
import { refuseNonZip } from "./sniff.js";

/**
 * A read-only view of a zip archive held in memory. Parts are found by name in the archive's
 * central directory and inflated on request, each within the bounds of {@link ReadLimits}: the
 * running byte count is checked while inflating, so a zip bomb is refused before it is allocated.
 * Nothing here ever touches a file system.
 */
export interface Archive {
  /** Entry names, as stored, of the entries whose names are safe to use. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The inflated bytes of an entry, or undefined when there is no such entry. */
  bytes(name: string): Uint8Array | undefined;
  /** The entry decoded as text (UTF-8, or UTF-16 with a byte-order mark). */
  text(name: string): string | undefined;
  /** The entry's text, with the part the caller's memory holds for it when it holds one. */
  part(name: string): ArchivePart | undefined;
}

export interface ArchivePart {
  readonly text: string;
  /** The same part as read before, from the caller's {@link PartMemory}. */
  readonly remembered?: RememberedPart;
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  /** The CRC-32 the central directory gives: it only narrows the search for a part read before. */
  readonly crc: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Deflate cannot expand input by more than about 1032:1; slices sized from this keep each step inside the bound. */
const MAX_DEFLATE_RATIO = 1032;

const utf8 = new TextDecoder("utf-8");

/**
 * Inflates a zip entry's raw deflate data into at most `maxBytes` bytes: the bytes, or undefined
 * when there would be more (inflating stops there). Throws on damaged data. `expectedBytes` is the
 * size the archive declares, a hint only (it may lie). Without one, fflate's inflater is used,
 * which runs anywhere; in Node, node:zlib's native one is about three times as fast on the parts
 * of a report (see packages/xlsx/README.md).
 */
export type InflateRaw = (
  compressed: Uint8Array,
  maxBytes: number,
  expectedBytes: number,
) => Uint8Array | undefined;

export function openArchive(
  bytes: Uint8Array,
  limits: ReadLimits,
  file?: string,
  inflateRaw?: InflateRaw,
  memory?: PartMemory,
): Archive {
  const label = fileLabel(file);
  if (bytes.length > limits.maxCompressedBytes) {
    throw tooLarge(file, `${mb(bytes.length)} MB`, `${mb(limits.maxCompressedBytes)} MB`);
  }
  refuseNonZip(bytes, file);
  const corrupt = (en: string): XlsxError =>
    new XlsxError(
      "XLSX.CORRUPT",
      `${label.vi} bị hỏng hoặc không đầy đủ (có thể do tải về hay đính kèm bị lỗi). Hãy xin đơn vị gửi lại tệp.`,
      `${label.en} is damaged or incomplete (${en}). Ask the unit to send it again.`,
      { file },
    );
  const entries = readCentralDirectory(bytes, limits, file, corrupt);
  const byName = new Map<string, Entry>();
  for (const entry of entries) {
    if (isSafeName(entry.name) && !byName.has(entry.name)) byName.set(entry.name, entry);
  }
  let unpacked = 0;
  // Worst-case inflating work (compressed size × 1032) the one-shot path may still spend; see inflateWithin.
  let oneShotWork = limits.maxUncompressedBytes;

  /** The entry's compressed bytes; an encrypted entry is refused. */
  const compressedOf = (entry: Entry): Uint8Array => {
    if (entry.flags & 1) {
      throw new XlsxError(
        "XLSX.ENCRYPTED",
        `${label.vi} được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại và gửi lại tệp.`,
        `${label.en} is password-protected. Open it in Excel, remove the password, save it and send it again.`,
        { file },
      );
    }
    return entryData(bytes, entry, corrupt);
  };

  const refusal = (entry: Entry): XlsxError =>
    limits.maxEntryBytes <= limits.maxUncompressedBytes - unpacked
      ? tooLarge(file, `${entry.name} > ${mb(limits.maxEntryBytes)} MB`, `${mb(limits.maxEntryBytes)} MB`)
      : tooLarge(file, `> ${mb(limits.maxUncompressedBytes)} MB`, `${mb(limits.maxUncompressedBytes)} MB`);

  /** Room left for one entry under the bounds; a declared size over it is refused at once (never trusted to be small). */
  const roomFor = (entry: Entry): number => {
    const room = Math.min(limits.maxEntryBytes, limits.maxUncompressedBytes - unpacked);
    if (entry.declaredSize > room) throw refusal(entry);
    return room;
  };

  /** The entry's bytes, inflated within the bounds, which count them. */
  const unpack = (entry: Entry, data: Uint8Array): Uint8Array => {
    const room = roomFor(entry);
    const refuse = () => refusal(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > room) throw refuse();
      out = data;
    } else if (entry.method === 8 && inflateRaw !== undefined) {
      let inflated: Uint8Array | undefined;
      try {
        inflated = inflateRaw(data, room, entry.declaredSize);
      } catch (error) {
        throw corrupt(deflateFailure(error));
      }
      // The bound is checked here too: it never rests on the inflater given.
      if (inflated === undefined || inflated.length > room) throw refuse();
      out = inflated;
    } else if (entry.method === 8) {
      const work = data.length * MAX_DEFLATE_RATIO;
      const oneShot = work <= oneShotWork ? inflateDeclared(data, entry.declaredSize) : undefined;
      if (work <= oneShotWork) oneShotWork -= work;
      out = oneShot ?? inflateWithin(data, room, refuse, corrupt);
    } else {
      throw corrupt(`entry ${entry.name} uses compression method ${entry.method}`);
    }
    unpacked += out.length;
    return out;
  };

  const partOf = (name: string): ArchivePart | undefined => {
    const entry = byName.get(name);
    if (entry === undefined) return undefined;
    const data = compressedOf(entry);
    const remembered = memory?.find(entry.method, entry.crc, data, entry.declaredSize);
    if (remembered !== undefined) {
      // Counted against the bounds as the same bytes inflated again would be.
      if (remembered.size > roomFor(entry)) throw refusal(entry);
      unpacked += remembered.size;
      return { text: remembered.text, remembered };
    }
    const out = unpack(entry, data);
    const text = decodeText(out);
    memory?.keep(entry.method, entry.crc, data, entry.declaredSize, text, out.length);
    return { text };
  };

  return {
    names: [...byName.keys()],
    has: (name) => byName.has(name),
    bytes: (name) => {
      const entry = byName.get(name);
      return entry === undefined ? undefined : unpack(entry, compressedOf(entry));
    },
    text: (name) => partOf(name)?.text,
    part: partOf,
  };
}

function readCentralDirectory(
  bytes: Uint8Array,
  limits: ReadLimits,
  file: string | undefined,
  corrupt: (en: string) => XlsxError,
): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt("no end of central directory: the file is truncated");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw corrupt("bad zip64 locator");
    const record = u64(view, locator + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) {
      throw corrupt("bad zip64 end of central directory");
    }
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  if (count > limits.maxEntries) {
    const { vi, en } = fileLabel(file);
    throw new XlsxError(
      "XLSX.TOO_LARGE",
      `${vi} chứa quá nhiều thành phần (${count}, giới hạn ${limits.maxEntries}); đây không phải một báo cáo bình thường. Hãy kiểm tra lại tệp.`,
      `${en} holds too many entries (${count}, limit ${limits.maxEntries}); this is not an ordinary report. Check the file.`,
      { file },
    );
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw corrupt("bad central directory");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw corrupt("central directory runs past the end");
    let compressedSize = view.getUint32(p + 20, true);
    let declaredSize = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    // Zip64: the 32-bit fields that overflowed are, in this order, in extra field 0x0001.
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) {
      let x = p + 46 + nameLength;
      const xEnd = x + extraLength;
      while (x + 4 <= xEnd) {
        const id = view.getUint16(x, true);
        const size = view.getUint16(x + 2, true);
        if (id === 1) {
          let f = x + 4;
          if (declaredSize === 0xffffffff && f + 8 <= xEnd) {
            declaredSize = u64(view, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= xEnd) {
            compressedSize = u64(view, f);
            f += 8;
          }
          if (localOffset === 0xffffffff && f + 8 <= xEnd) localOffset = u64(view, f);
          break;
        }
        x += 4 + size;
      }
    }
    entries.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize,
      declaredSize,
      localOffset,
    });
    p = end;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

function entryData(bytes: Uint8Array, entry: Entry, corrupt: (en: string) => XlsxError): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length) throw corrupt(`entry ${entry.name} starts past the end`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(p, true) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`entry ${entry.name} runs past the end`);
  return bytes.subarray(start, end);
}

/**
 * The fast path for the common case: one inflate into a buffer of the declared size (already
 * checked against the bounds) plus one byte. fflate never grows a buffer it is given, so this
 * allocates nothing more; if the output fills the extra byte the header lied, and the caller falls
 * back to the counting path. Decoding a lying stream still costs time up to its compressed size ×
 * 1032, which is why the caller gives this path a work budget.
 */
function inflateDeclared(data: Uint8Array, declaredSize: number): Uint8Array | undefined {
  try {
    const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
    return out.length <= declaredSize ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Inflates `data` into at most `room` bytes. The input is fed in slices small enough that no
 * slice can expand past the room left, and the output is counted as it comes: inflating stops at
 * the first byte past the bound.
 */
function inflateWithin(
  data: Uint8Array,
  room: number,
  refuse: () => XlsxError,
  corrupt: (en: string) => XlsxError,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let exceeded = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > room) {
      exceeded = true;
      throw refuse();
    }
    if (chunk.length > 0) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    let pos = 0;
    do {
      const step = Math.min(65_536, Math.max(1024, Math.floor((room - produced) / MAX_DEFLATE_RATIO)));
      const end = Math.min(data.length, pos + step);
      inflater.push(data.subarray(pos, end), end === data.length);
      pos = end;
    } while (pos < data.length);
  } catch (error) {
    if (exceeded) throw refuse();
    throw corrupt(deflateFailure(error));
  }
  if (!done) throw corrupt("deflate data ends early");
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** What an inflater's error says, for the English message of XLSX.CORRUPT. */
const deflateFailure = (error: unknown): string =>
  `deflate data: ${error instanceof Error ? error.message : String(error)}`;

function decodeText(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff)
    return new TextDecoder("utf-16be").decode(data);
  return utf8.decode(data);
}

/** Names that could mean something outside the archive on a file system are never used. */
function isSafeName(name: string): boolean {
  return (
    name.length > 0 &&
    !name.includes("\\") &&
    !name.startsWith("/") &&
    !name.includes(":") &&
    !name.includes("\0") &&
    name !== ".." &&
    !name.startsWith("../") &&
    !name.endsWith("/..") &&
    !name.includes("/../")
  );
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

const mb = (n: number): string => (n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 2 : 0);

function tooLarge(file: string | undefined, what: string, limit: string): XlsxError {
  const { vi, en } = fileLabel(file);
  return new XlsxError(
    "XLSX.TOO_LARGE",
    `${vi} quá lớn (${what}, giới hạn ${limit}); có thể là tệp hỏng hoặc tệp độc hại ("bom nén"). Hãy kiểm tra lại tệp; nếu đúng là báo cáo, hãy xóa các trang tính thừa rồi lưu lại.`,
    `${en} is too large (${what}, limit ${limit}); it may be damaged or hostile (a zip bomb). Check the file; if it is a real report, delete unneeded sheets and save it again.`,
    { file },
  );
}
