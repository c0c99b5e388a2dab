import { type CellInput, type CellSpec, columnLetter as letter } from "../grid/index.js";
import type { GridBuilder } from "./grid-builder.js";

/** Who issues a document and where, as the heading of a Party document names them. */
export interface Issuer {
  /** The superior body, top left (ĐẢNG BỘ TỈNH LẠNG SƠN). */
  readonly superior: string;
  /** The issuing unit, under it (ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH). */
  readonly unit: string;
  /** The place of the date line (Lạng Sơn). */
  readonly place?: string;
}

const KIND_PREFIX =
  /^(?:tỉnh|thành|huyện|thị|quận)\s+(?:ủy|uỷ)\s+|^đảng\s+(?:ủy|uỷ|bộ)\s+(?:(?:xã|phường|thị trấn|khối)\s+)?/iu;

/** "Tỉnh ủy Lạng Sơn" → "Lạng Sơn": the place a unit's documents are dated at. */
export function placeOf(name: string): string {
  return name.normalize("NFC").replace(KIND_PREFIX, "").trim();
}

/** "Tỉnh ủy Lạng Sơn" → "ĐẢNG BỘ TỈNH LẠNG SƠN": the Party organisation a committee leads. */
export function partyOrganisationOf(name: string): string {
  const n = name.normalize("NFC").trim();
  const map: [RegExp, string][] = [
    [/^tỉnh\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ tỉnh "],
    [/^thành\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ thành phố "],
    [/^huyện\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ huyện "],
    [/^thị\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ thị xã "],
    [/^quận\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ quận "],
    [/^đảng\s+(?:ủy|uỷ)\s+/iu, "Đảng bộ "],
  ];
  for (const [re, replacement] of map) {
    if (re.test(n)) return upper(n.replace(re, replacement));
  }
  return upper(n);
}

export const upper = (text: string): string => text.toLocaleUpperCase("vi");

/** "Lạng Sơn, ngày 23 tháng 11 năm 2026". */
export function dateLine(place: string | undefined, date: Date): string {
  const day = String(date.getDate()).padStart(2, "0");
  const month = date.getMonth() + 1;
  const text = `ngày ${day} tháng ${month < 3 ? String(month).padStart(2, "0") : month} năm ${date.getFullYear()}`;
  return place ? `${place}, ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Writes the heading rows of a Party document: top left the superior body, the unit and "*";
 * top right ĐẢNG CỘNG SẢN VIỆT NAM and the place and date; then the title and the period,
 * centred over `width` columns. `leftWidth` columns hold the left block. Returns the next free row.
 */
export function writePartyHeading(
  grid: GridBuilder,
  options: {
    readonly issuer: Issuer;
    readonly title: string;
    readonly period: string;
    readonly date: Date;
    readonly width: number;
    readonly leftWidth: number;
    readonly subtitle?: string;
  },
): number {
  const { issuer, width, leftWidth } = options;
  const last = width - 1;
  const left = (row: number) => `A${row + 1}:${letter(leftWidth - 1)}${row + 1}`;
  const right = (row: number) => `${letter(leftWidth)}${row + 1}:${letter(last)}${row + 1}`;
  const whole = (row: number) => `A${row + 1}:${letter(last)}${row + 1}`;
  const centred = (value: string, merge: string, extra: CellSpec = {}): CellInput => ({
    value,
    merge,
    align: "center",
    verticalAlign: "middle",
    ...extra,
  });
  grid.set(0, 0, centred(upper(issuer.superior), left(0), { fontSize: 12 }));
  grid.set(
    0,
    leftWidth,
    centred("ĐẢNG CỘNG SẢN VIỆT NAM", right(0), { bold: true, underline: true, fontSize: 13 }),
  );
  grid.set(1, 0, centred(upper(issuer.unit), left(1), { bold: true, fontSize: 12 }));
  grid.set(
    1,
    leftWidth,
    centred(dateLine(issuer.place, options.date), right(1), { italic: true, fontSize: 12 }),
  );
  grid.set(2, 0, centred("*", left(2)));
  grid.set(4, 0, centred(options.title, whole(4), { bold: true, fontSize: 14 }));
  grid.set(5, 0, centred(upper(options.period), whole(5), { bold: true, fontSize: 13 }));
  let next = 6;
  if (options.subtitle) {
    grid.set(6, 0, centred(options.subtitle, whole(6), { italic: true }));
    next = 7;
  }
  return next;
}

/**
 * A unit's name short enough for a column header: "Huyện ủy Cao Lộc" → "Cao Lộc", "Thành ủy
 * Lạng Sơn" → "TP Lạng Sơn", "Đảng ủy Khối các cơ quan tỉnh" → "Khối CCQ tỉnh".
 */
export function shortName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/^thành\s+(?:ủy|uỷ)\s+/iu, "TP ")
    .replace(/^(?:huyện|thị|quận)\s+(?:ủy|uỷ)\s+/iu, "")
    .replace(/^đảng\s+(?:ủy|uỷ|bộ)\s+/iu, "")
    .replace(/(?<!\p{L})các cơ quan(?!\p{L})/iu, "CCQ")
    .replace(/(?<!\p{L})doanh nghiệp(?!\p{L})/iu, "DN")
    .replace(/(?<!\p{L})(?:ủy|uỷ) ban nhân dân(?!\p{L})/iu, "UBND")
    .trim()
    .replace(/^./u, (c) => c.toLocaleUpperCase("vi"));
}
