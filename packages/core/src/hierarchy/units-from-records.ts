import { columnLetter } from "../grid/address.js";
import { TonghopError } from "../issue/error.js";
import { createIssue, type Issue } from "../issue/issue.js";
import { foldDiacritics } from "../text/fold-diacritics.js";
import { toIsoDate } from "./iso-date.js";
import type { UnitInput } from "./unit.js";

type Field = "code" | "name" | "kind" | "parent" | "validFrom" | "validTo" | "aliases" | "successor";

/** Header spellings, folded (no diacritics, lower case), for each field; English field names are accepted too. */
const headers: Record<Field, readonly string[]> = {
  code: ["ma", "ma don vi", "code"],
  name: ["ten don vi", "ten", "don vi", "name"],
  kind: ["loai", "loai don vi", "kind"],
  parent: ["ma cap tren", "cap tren", "parent"],
  validFrom: ["hieu luc tu", "tu ngay", "validfrom"],
  validTo: ["hieu luc den", "den ngay", "validto"],
  aliases: ["ten khac", "aliases"],
  successor: ["ma ke thua", "sap nhap vao", "successor"],
};

const headerKey = (header: string) =>
  foldDiacritics(header)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface RecordsOptions {
  /** For issues: the file the records came from. */
  readonly file?: string;
  /** The header row in order, when records may be empty or their keys out of order (CSV). */
  readonly columns?: readonly string[];
}

/**
 * Units from the rows of a hierarchy sheet or CSV, one record per row keyed by its header (Mã,
 * Tên đơn vị, Loại, Mã cấp trên, Hiệu lực từ, Hiệu lực đến, Tên khác separated by `;`). Dates may
 * be dd/mm/yyyy or ISO; they come out ISO. Rows with every cell empty are skipped. Throws
 * TonghopError "HIERARCHY.UNREADABLE" whose issues name the row (the header is row 1) and column.
 */
export function unitsFromRecords(
  rows: readonly Readonly<Record<string, string>>[],
  options: RecordsOptions = {},
): UnitInput[] {
  const columns = options.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columnOf = new Map<Field, string>();
  for (const column of columns) {
    const key = headerKey(column);
    const field = (Object.keys(headers) as Field[]).find((f) => headers[f].includes(key));
    if (field && !columnOf.has(field)) columnOf.set(field, column);
  }
  const issues: Issue[] = [];
  const at = (column: string, row: number) => {
    const col = columns.indexOf(column);
    return {
      ...(options.file === undefined ? {} : { file: options.file }),
      ...(col < 0 ? {} : { cell: `${columnLetter(col)}${row}` }),
    };
  };

  for (const [field, vi] of [
    ["code", "Mã"],
    ["name", "Tên đơn vị"],
  ] as const) {
    if (!columnOf.has(field)) {
      issues.push(
        createIssue({
          code: "HIERARCHY.MISSING_COLUMN",
          severity: "error",
          ...(options.file === undefined ? {} : { file: options.file }),
          vi: `Thiếu cột "${vi}" trong danh sách đơn vị (các cột có: ${columns.join(", ") || "không có"}).`,
          en: `The unit list has no "${vi}" (${field}) column (columns: ${columns.join(", ") || "none"}).`,
        }),
      );
    }
  }
  if (issues.length > 0) throw unreadable(issues);

  const units: UnitInput[] = [];
  rows.forEach((record, i) => {
    const rowNumber = i + 2;
    const value = (field: Field) => {
      const column = columnOf.get(field);
      return column === undefined ? "" : (record[column] ?? "").trim();
    };
    if ((Object.keys(headers) as Field[]).every((f) => value(f) === "")) return;

    const unit: Record<string, unknown> = { code: value("code"), name: value("name"), kind: value("kind") };
    for (const [field, vi] of [
      ["code", "Mã"],
      ["name", "Tên đơn vị"],
    ] as const) {
      if (value(field) === "") {
        issues.push(
          createIssue({
            code: "HIERARCHY.MISSING_VALUE",
            severity: "error",
            ...at(columnOf.get(field)!, rowNumber),
            vi: `Dòng ${rowNumber}: thiếu "${vi}".`,
            en: `Row ${rowNumber}: "${vi}" (${field}) is empty.`,
          }),
        );
      }
    }
    for (const field of ["parent", "successor"] as const) {
      if (value(field) !== "") unit[field] = value(field);
    }
    for (const field of ["validFrom", "validTo"] as const) {
      const text = value(field);
      if (text === "") continue;
      const iso = toIsoDate(text);
      if (iso === undefined) {
        const column = columnOf.get(field)!;
        issues.push(
          createIssue({
            code: "HIERARCHY.BAD_DATE",
            severity: "error",
            ...at(column, rowNumber),
            ...(value("code") === "" ? {} : { unit: value("code") }),
            vi: `Dòng ${rowNumber}, cột "${column}": "${text}" không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd).`,
            en: `Row ${rowNumber}, column "${column}": "${text}" is not a date (dd/mm/yyyy or yyyy-mm-dd).`,
          }),
        );
      } else unit[field] = iso;
    }
    unit.aliases = aliasesOf(value("aliases"));
    units.push(unit as unknown as UnitInput);
  });
  if (issues.length > 0) throw unreadable(issues);
  return units;
}

/**
 * The names of a Tên khác cell, `;`-separated, trimmed, empty ones left out. A loop that pushes:
 * `.map(…).filter(…)` made arrays of two kinds by the tier that ran it, and the row reader was
 * thrown away and compiled again at each kind (14 ms of V8's compiler a time, for 3,356 rows).
 */
function aliasesOf(text: string): string[] {
  const aliases: string[] = [];
  for (const alias of text.split(";")) {
    const name = alias.trim();
    if (name !== "") aliases.push(name);
  }
  return aliases;
}

const unreadable = (issues: readonly Issue[]) =>
  new TonghopError(
    "HIERARCHY.UNREADABLE",
    `Không đọc được danh sách đơn vị: ${issues.map((i) => i.message).join(" ")}`,
    `Cannot read the list of units: ${issues.map((i) => i.messageEn).join(" ")}`,
    issues,
  );
