import { extname } from "node:path";
import { Hierarchy, parseHierarchyCsv, type UnitInput } from "@tonghop/core";
import { readWorkbook } from "@tonghop/xlsx";
import { CliError, errorText } from "../errors.js";
import { inflateRaw } from "./inflate-raw.js";
import { MAX_LIST_BYTES, readBytes } from "./read-bytes.js";

/** The rows of an .xlsx hierarchy's first sheet as records keyed by its header row. */
function sheetRecords(
  bytes: Uint8Array,
  file: string,
): { records: Record<string, string>[]; columns: string[] } {
  const sheet = readWorkbook(bytes, { file, inflateRaw }).sheets[0];
  const rows = sheet?.grid.values ?? [];
  const header = rows.findIndex((r) => r.some((v) => typeof v === "string" && v.trim() !== ""));
  if (header < 0) return { records: [], columns: [] };
  const names = rows[header]!.map((v) => (v === null ? "" : String(v).trim()));
  const records = rows.slice(header + 1).flatMap((row) => {
    if (row.every((v) => v === null || String(v).trim() === "")) return [];
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name !== "") record[name] = row[i] === null || row[i] === undefined ? "" : String(row[i]).trim();
    });
    return [record];
  });
  return { records, columns: names };
}

/**
 * Reads a hierarchy file (danh sách đơn vị): CSV, .xlsx (first sheet) or JSON, as DESIGN.md §6
 * describes, and builds the unit tree. Anything wrong with it stops the command (exit 2): a
 * consolidation against a wrong tree would name the wrong units missing.
 */
export function loadHierarchy(path: string): Hierarchy {
  let units: UnitInput[];
  try {
    const bytes = readBytes(path, MAX_LIST_BYTES, "hierarchy");
    const ext = extname(path).toLowerCase();
    if (ext === ".xlsx" || ext === ".xlsm") {
      const { records, columns } = sheetRecords(bytes, path);
      units = Hierarchy.fromRecords(records, { file: path, columns });
    } else {
      const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
      if (ext === ".json" || /^\s*[[{]/.test(text)) {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          throw new CliError({
            vi: `Tệp danh sách đơn vị "${path}" không phải JSON hợp lệ (${(error as Error).message}). Hãy sửa tệp hoặc dùng tệp CSV.`,
            en: `The hierarchy "${path}" is not valid JSON (${(error as Error).message}). Fix it or use a CSV file.`,
          });
        }
        units = Hierarchy.fromJson(json);
      } else {
        units = parseHierarchyCsv(text, { file: path });
      }
    }
    return Hierarchy.build(units);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = errorText(error, path);
    throw new CliError({
      vi: `Không dùng được danh sách đơn vị "${path}". ${reason.vi}`,
      en: `Cannot use the hierarchy "${path}". ${reason.en}`,
    });
  }
}
