import type { SheetSpec } from "../grid/index.js";
import type { Issue } from "../issue/index.js";
import { GridBuilder } from "./grid-builder.js";
import { colors } from "./style.js";
import { headerCell } from "./summary-sheet.js";

export const ISSUES_SHEET = "Kiểm tra";

const severityText = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
const severityFill = { error: colors.bad, warning: colors.neutral, info: "DDEBF7" } as const;

/** Kiểm tra: every issue with its file, sheet, cell, code, severity and message. Text stays text. */
export function issuesSheet(issues: readonly Issue[], nameOf: (code: string) => string): SheetSpec {
  const grid = new GridBuilder();
  grid.set(0, 0, {
    value: "KẾT QUẢ KIỂM TRA SỐ LIỆU",
    bold: true,
    fontSize: 13,
    merge: "A1:J1",
    align: "center",
  });
  grid.set(1, 0, {
    value: `${issues.filter((i) => i.severity === "error").length} lỗi, ${issues.filter((i) => i.severity === "warning").length} cảnh báo, ${issues.filter((i) => i.severity === "info").length} thông tin`,
    italic: true,
    merge: "A2:J2",
    align: "center",
  });
  const headerRow = 3;
  grid.setRow(
    headerRow,
    0,
    [
      "STT",
      "Tệp",
      "Trang tính",
      "Ô",
      "Mã lỗi",
      "Mức độ",
      "Đơn vị",
      "Chỉ tiêu",
      "Đề xuất sửa",
      "Nội dung",
    ].map(headerCell),
  );
  issues.forEach((issue, i) => {
    const row = headerRow + 1 + i;
    const cells = [
      { value: i + 1, align: "center" as const },
      { value: issue.file ?? "", fontSize: 10 },
      { value: issue.sheet ?? "" },
      { value: issue.cell ?? "", align: "center" as const },
      { value: issue.code },
      { value: severityText[issue.severity], fill: severityFill[issue.severity], align: "center" as const },
      { value: issue.unit === undefined ? "" : nameOf(issue.unit) },
      { value: issue.indicator ?? "" },
      { value: issue.fix === undefined ? "" : `Ô ${issue.fix.cell}: ${String(issue.fix.value)}` },
      // Last, so that a long message runs on to the right instead of being cut off.
      { value: issue.message },
    ];
    grid.setRow(
      row,
      0,
      cells.map((cell) => ({ border: true, ...cell })),
    );
  });
  return {
    name: ISSUES_SHEET,
    rows: grid.rows(),
    columnWidths: [5, 44, 12, 7, 28, 10, 30, 16, 14, 100],
    frozen: { rows: headerRow + 1 },
    autoFilter: `A${headerRow + 1}:J${headerRow + 1 + issues.length}`,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    },
    tabColor: "A5A5A5",
  };
}
