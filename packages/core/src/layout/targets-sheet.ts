import { type CellSpec, columnLetter, type SheetSpec } from "../grid/index.js";
import type { Period } from "../period/index.js";
import type { TargetResult } from "../target/index.js";
import { GridBuilder } from "./grid-builder.js";
import { shortName, upper } from "./party-heading.js";
import { colors } from "./style.js";
import { headerCell } from "./summary-sheet.js";

export const TARGETS_SHEET = "Chỉ tiêu";

const fillOf: Readonly<Record<TargetResult["status"], string>> = {
  exceeded: colors.good,
  met: colors.good,
  notMet: colors.bad,
  missingData: colors.none,
};

const number = (n: number | null) =>
  n === null ? "—" : n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

/** "Đạt (100,0%)": the status and, where there is one, the percent reached. */
function statusCell(result: TargetResult | undefined): CellSpec {
  if (!result) return { value: "", border: true };
  const text = result.percent === null ? result.statusLabel : `${result.statusLabel} (${result.percent}%)`;
  return {
    value: text,
    fill: fillOf[result.status],
    bold: result.status === "exceeded",
    align: "center",
    border: true,
    note: `Thực hiện: ${number(result.actual)}; yêu cầu: ${number(result.expected)}${
      result.missing.length > 0 ? `; thiếu số liệu: ${result.missing.join(", ")}` : ""
    }${result.approximate ? "; có số ước tính" : ""}`,
  };
}

/**
 * Chỉ tiêu: each target down, the consolidating unit and then each unit across, every cell its
 * status (Vượt / Đạt / Chưa đạt / Thiếu số liệu) coloured, with actual and expected in its note.
 * The consolidating unit's own actual, expected and percent are spelled out beside the targets.
 */
export function targetsSheet(
  consolidated: readonly TargetResult[],
  byUnit: readonly {
    readonly code: string;
    readonly name: string;
    readonly results: readonly TargetResult[];
  }[],
  options: { readonly unitName: string; readonly period?: Period },
): SheetSpec {
  const grid = new GridBuilder();
  const width = 7 + byUnit.length;
  const last = columnLetter(width - 1);
  grid.set(0, 0, {
    value: `ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU${options.period ? ` ${upper(options.period.label)}` : ""}`,
    bold: true,
    fontSize: 13,
    align: "center",
    merge: `A1:${last}1`,
  });
  grid.set(1, 0, { value: upper(options.unitName), italic: true, align: "center", merge: `A2:${last}2` });
  const headerRow = 3;
  grid.setRow(
    headerRow,
    0,
    ["STT", "Mã", "Chỉ tiêu", "Thực hiện", "Yêu cầu", "Tỷ lệ (%)", "Đánh giá chung"].map(headerCell),
  );
  grid.setRow(
    headerRow,
    7,
    byUnit.map((u) => ({ ...headerCell(shortName(u.name)), note: u.name })),
  );
  consolidated.forEach((result, i) => {
    const row = headerRow + 1 + i;
    grid.set(row, 0, { value: i + 1, align: "center", border: true });
    grid.set(row, 1, { value: result.id, align: "center", border: true });
    grid.set(row, 2, { value: result.label, border: true });
    grid.set(row, 3, { value: result.actual, numberFormat: "#,##0.##", border: true });
    grid.set(row, 4, { value: result.expected, numberFormat: "#,##0.##", border: true });
    grid.set(row, 5, { value: result.percentValue, numberFormat: "#,##0.0", border: true });
    grid.set(row, 6, statusCell(result));
    grid.setRow(
      row,
      7,
      byUnit.map((u) => statusCell(u.results.find((r) => r.id === result.id))),
    );
  });
  const legendRow = headerRow + consolidated.length + 2;
  grid.set(legendRow, 2, {
    value:
      "Vượt: vượt yêu cầu; Đạt: đạt yêu cầu; Chưa đạt: chưa đạt yêu cầu; Thiếu số liệu: đơn vị chưa báo cáo số liệu cần để đánh giá. Yêu cầu của kỳ ngắn hơn một năm được tính theo số tháng.",
    italic: true,
    merge: `C${legendRow + 1}:G${legendRow + 1}`,
  });
  return {
    name: TARGETS_SHEET,
    rows: grid.rows(),
    columnWidths: [
      5,
      5,
      84,
      11,
      11,
      10,
      18,
      ...byUnit.map((u) => Math.max(15, shortName(u.name).length + 2)),
    ],
    frozen: { rows: headerRow + 1, cols: 3 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    tabColor: "FFC000",
  };
}
