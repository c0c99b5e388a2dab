import type { Completeness, CompletenessStatus } from "../aggregate/index.js";
import type { CellSpec, SheetSpec } from "../grid/index.js";
import type { Period } from "../period/index.js";
import { GridBuilder } from "./grid-builder.js";
import { upper } from "./party-heading.js";
import { colors } from "./style.js";
import { headerCell } from "./summary-sheet.js";

export const SUBMISSION_SHEET = "Nộp báo cáo";

export const statusLabels: Readonly<Record<CompletenessStatus, string>> = {
  submitted: "Đã nộp",
  missing: "Chưa nộp",
  duplicate: "Trùng",
  wrongPeriod: "Sai kỳ",
  unknown: "Không xác định",
  notYetDue: "Chưa đến kỳ",
  nested: "Đã tính ở cấp trên",
};

const statusFill: Readonly<Record<CompletenessStatus, string>> = {
  submitted: colors.good,
  missing: colors.bad,
  duplicate: colors.neutral,
  wrongPeriod: colors.neutral,
  unknown: colors.none,
  notYetDue: colors.none,
  nested: colors.none,
};

/** A file that was read but not taken into the totals (wrong period, superseded, unknown unit), and why. */
export interface NotTakenFile {
  readonly file: string;
  readonly unit?: string;
  readonly name?: string;
  readonly status: CompletenessStatus;
  readonly reason: string;
}

/** A file that could not be read at all, and why. */
export interface UnreadableFile {
  readonly file: string;
  readonly message: string;
}

/**
 * Nộp báo cáo: each expected unit and what came of it (Đã nộp / Chưa nộp / Trùng / Sai kỳ / Không
 * xác định), its number of errors and its file; then files whose unit could not be told and files
 * that could not be read.
 */
export function submissionSheet(
  completeness: Completeness,
  options: {
    readonly unitName: string;
    readonly period?: Period;
    /** Every file read for a unit, in the order taken (the last counts). */
    readonly filesOf: (code: string) => readonly string[];
    readonly unreadable: readonly UnreadableFile[];
    readonly notTaken: readonly NotTakenFile[];
  },
): SheetSpec {
  const grid = new GridBuilder();
  const entries = completeness.entries.filter((e) => e.status !== "notYetDue" || e.file !== undefined);
  const expected = completeness.expected?.length;
  // A unit may stand as submitted and still have sent a file of another period: count both.
  const count = (status: CompletenessStatus) =>
    new Set([
      ...entries.filter((e) => e.status === status).map((e) => e.code),
      ...options.notTaken.filter((o) => o.status === status).map((o) => o.unit ?? o.file),
    ]).size;
  const submitted = completeness.submitted.length;
  grid.set(0, 0, {
    value: `TÌNH HÌNH NỘP BÁO CÁO${options.period ? ` ${upper(options.period.label)}` : ""}`,
    bold: true,
    fontSize: 13,
    align: "center",
    merge: "A1:G1",
  });
  grid.set(1, 0, { value: upper(options.unitName), italic: true, align: "center", merge: "A2:G2" });
  const summary = [
    expected === undefined ? `Đã nộp: ${submitted} đơn vị` : `Đã nộp: ${submitted}/${expected} đơn vị`,
    expected === undefined
      ? "không có danh sách đơn vị nên không biết đơn vị nào chưa nộp"
      : `chưa nộp: ${completeness.missing.length}`,
    `trùng: ${completeness.duplicate.length}`,
    `sai kỳ: ${count("wrongPeriod")}`,
    `không xác định: ${count("unknown") + completeness.unidentified.length}`,
    ...(options.unreadable.length > 0 ? [`không đọc được: ${options.unreadable.length} tệp`] : []),
  ].join("; ");
  grid.set(2, 0, { value: summary, merge: "A3:G3" });
  const headerRow = 4;
  grid.setRow(
    headerRow,
    0,
    ["STT", "Mã", "Đơn vị", "Tình trạng", "Số lỗi", "Tệp", "Ghi chú"].map(headerCell),
  );
  let row = headerRow + 1;
  let n = 1;
  const line = (cells: (CellSpec | string | number | null)[]) => {
    cells.forEach((cell, c) => {
      const spec: CellSpec = typeof cell === "object" && cell !== null ? cell : { value: cell };
      grid.set(row, c, { border: true, ...spec });
    });
    row++;
  };
  for (const entry of entries) {
    const files = options.filesOf(entry.code);
    let note = "";
    if (entry.status === "duplicate" && files.length > 1) {
      note = `Nộp ${files.length} lần: ${files.join("; ")}. Lấy bản nộp sau: ${entry.file ?? files[files.length - 1]}`;
    } else if (entry.status === "wrongPeriod") {
      note = "Báo cáo khác kỳ, không tổng hợp";
    } else if (entry.status === "missing") {
      note = "Đề nghị đôn đốc đơn vị nộp báo cáo";
    } else if (entry.status === "unknown") {
      note = "Không thuộc danh sách đơn vị trực thuộc";
    }
    line([
      { value: n++, align: "center" },
      entry.code,
      { value: entry.name },
      { value: statusLabels[entry.status], fill: statusFill[entry.status], bold: true, align: "center" },
      { value: entry.errors, align: "center", ...(entry.errors > 0 ? { fill: colors.bad } : {}) },
      { value: entry.file ?? "", fontSize: 10 },
      { value: note, fontSize: 10 },
    ]);
  }
  for (const other of options.notTaken) {
    line([
      { value: n++, align: "center" },
      other.unit ?? "",
      { value: other.name ?? "(không rõ đơn vị)" },
      { value: statusLabels[other.status], fill: statusFill[other.status], bold: true, align: "center" },
      { value: null },
      { value: other.file, fontSize: 10 },
      { value: `Không tổng hợp: ${other.reason}`, fontSize: 10 },
    ]);
  }
  const listed = new Set(options.notTaken.map((o) => o.file));
  for (const file of completeness.unidentified.filter((f) => !listed.has(f))) {
    line([
      { value: n++, align: "center" },
      "",
      "(không rõ đơn vị)",
      { value: statusLabels.unknown, fill: colors.none, bold: true, align: "center" },
      { value: null },
      { value: file, fontSize: 10 },
      { value: "Ghi Mã đơn vị trên báo cáo hoặc thêm tên đơn vị vào danh sách", fontSize: 10 },
    ]);
  }
  for (const bad of options.unreadable) {
    line([
      { value: n++, align: "center" },
      "",
      "(không đọc được)",
      { value: "Không đọc được", fill: colors.bad, bold: true, align: "center" },
      { value: null },
      { value: bad.file, fontSize: 10 },
      { value: bad.message, fontSize: 10 },
    ]);
  }
  return {
    name: SUBMISSION_SHEET,
    rows: grid.rows(),
    columnWidths: [5, 14, 34, 18, 8, 46, 90],
    frozen: { rows: headerRow + 1 },
    autoFilter: `A${headerRow + 1}:G${Math.max(headerRow + 1, row)}`,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    tabColor: "70AD47",
  };
}
