import { parseCsvRows } from "./csv.js";
import type { UnitInput } from "./unit.js";
import { unitsFromRecords } from "./units-from-records.js";

/**
 * Units from a CSV hierarchy file (headers Mã, Tên đơn vị, Loại, Mã cấp trên, Hiệu lực từ,
 * Hiệu lực đến, Tên khác), `,` or `;` separated. Throws TonghopError "HIERARCHY.UNREADABLE" whose
 * issues give the row and column of each bad value.
 */
export function parseHierarchyCsv(text: string, options: { file?: string } = {}): UnitInput[] {
  const [header = [], ...rows] = parseCsvRows(text);
  const records = rows.map((row) => Object.fromEntries(header.map((name, col) => [name, row[col] ?? ""])));
  return unitsFromRecords(records, { ...options, columns: header });
}
