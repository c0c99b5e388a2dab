import type { Form } from "@tonghop/core";
import { textInput } from "../excel/blocks.js";
import type { ExcelSession } from "../excel/session.js";
import { payloadBytes } from "../excel/session.js";
import { queueBlocks } from "../excel/write.js";

/**
 * A sheet the add-in writes (a blank form, the consolidation's result sheets), as data: rows of
 * cell contents and a few presentation hints. Text is always written as text, never as a formula.
 */
export interface SheetLayout {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Zero-based rows set in bold (titles, column headers, section rows). */
  readonly bold: readonly number[];
  /** Zero-based header row: filled, and the panes are frozen below it where the host can. */
  readonly header: number;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Fills of single cells (status colours), by A1 address. */
  readonly fills?: Readonly<Record<string, string>>;
}

/** A name not yet used in the workbook: `Tổng hợp`, else `Tổng hợp (2)`… (Excel allows 31 characters). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

const HEADER_FILL = "#DDEBF7";

/** Queues a new sheet with its content and formatting; no sync of its own for any sheet under the batch budget. */
export async function queueNewSheet(session: ExcelSession, layout: SheetLayout): Promise<Excel.Worksheet> {
  const sheet = session.context.workbook.worksheets.add(layout.name);
  const width = Math.max(1, ...layout.rows.map((r) => r.length));
  const cells = layout.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row[c];
      return v === null || v === undefined ? "" : typeof v === "string" ? textInput(v) : v;
    }),
  );
  await queueBlocks(session, sheet, [{ row: 0, col: 0, cells }], "formulas");
  const lastCol = String.fromCharCode(64 + Math.min(width, 26));
  for (const row of layout.bold) sheet.getRange(`A${row + 1}:${lastCol}${row + 1}`).format.font.bold = true;
  const header = sheet.getRange(`A${layout.header + 1}:${lastCol}${layout.header + 1}`);
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  for (const [cell, color] of Object.entries(layout.fills ?? {}))
    sheet.getRange(cell).format.fill.color = color;
  if (session.capabilities.layout) {
    layout.widths.forEach((chars, c) => {
      // Excel measures column width in points; ~7 points per character of the default font.
      sheet.getRange(`${String.fromCharCode(65 + c)}:${String.fromCharCode(65 + c)}`).format.columnWidth =
        chars * 7;
    });
  }
  session.queued(payloadBytes(layout.fills ?? {}) + layout.bold.length * 64 + layout.widths.length * 64);
  return sheet;
}

/** Mẫu biểu: a blank TTM-01 sheet as the template lays it out, with the unit and period cells filled. */
export function templateLayout(
  form: Form,
  options: {
    name: string;
    unitCode: string;
    unitName: string;
    periodLabel: string;
    periodId: string;
    /** Kết quả by indicator code, for a filled form (the consolidation's Tổng hợp). */
    values?: Readonly<Record<string, number | null>>;
  },
): SheetLayout {
  const columns = form.columns.map((c) => c.headers[0] ?? c.role);
  const rows: (string | number | null)[][] = [
    [options.unitName.toUpperCase(), null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [],
    [form.title.toUpperCase()],
    [options.periodLabel.toUpperCase()],
    ["Mã đơn vị:", options.unitCode],
    ["Kỳ báo cáo:", options.periodId],
    columns,
  ];
  const header = rows.length - 1;
  const bold = [0, 2, 3, header];
  const roleCol = (role: string) => form.columns.findIndex((c) => c.role === role);
  for (const section of form.sections) {
    const row: (string | number | null)[] = Array(columns.length).fill(null);
    row[roleCol("stt")] = section.id;
    row[roleCol("label")] = section.label;
    bold.push(rows.length);
    rows.push(row);
    for (const indicator of form.indicators.filter((i) => i.section === section.id)) {
      const line: (string | number | null)[] = Array(columns.length).fill(null);
      line[roleCol("stt")] = indicator.stt;
      if (roleCol("code") >= 0) line[roleCol("code")] = indicator.code;
      line[roleCol("label")] = indicator.label;
      if (roleCol("unit") >= 0) line[roleCol("unit")] = indicator.unit;
      const value = options.values?.[indicator.code];
      if (value !== undefined && roleCol("result") >= 0) line[roleCol("result")] = value;
      rows.push(line);
    }
  }
  const widths = form.columns.map((c) =>
    c.role === "label" ? 58 : c.role === "note" ? 20 : c.role === "code" ? 16 : 11,
  );
  return { name: options.name, rows, bold, header, widths };
}
