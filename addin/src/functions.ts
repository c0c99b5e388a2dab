import { Period, parseViNumber, targetStatusLabels, targetStatusOf } from "@tonghop/core";

/**
 * Custom functions of the TONGHOP namespace (metadata in functions.json, which names the same ids).
 * Each is a thin call into core; a value core cannot read is Excel's #VALUE!, never a guess.
 */

/** The part of the custom functions runtime used here (its types, @types/custom-functions-runtime, are not a dependency). */
declare const CustomFunctions: {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
};

type CellArgument = string | number | boolean | null | undefined;

/** =TONGHOP.SO("trên 14.000") → 14000: a Vietnamese numeral as a number. */
export function so(text: CellArgument): number {
  const parsed = parseViNumber(typeof text === "boolean" ? String(text) : text);
  if (parsed.value === null) throw invalid(`Không đọc được số: "${String(text ?? "")}"`);
  return parsed.value;
}

/** =TONGHOP.KY("2024S1") → "6 tháng đầu năm 2024": a period's Vietnamese label from its id or any label. */
export function ky(id: CellArgument): string {
  const period = Period.tryParse(String(id ?? ""));
  if (!period) throw invalid(`Không đọc được kỳ báo cáo: "${String(id ?? "")}"`);
  return period.label;
}

const blank = (v: CellArgument) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * =TONGHOP.TRANGTHAI(actual; target) → Vượt / Đạt / Chưa đạt / Thiếu số liệu: judged by core's
 * targetStatusOf, the comparison every target's status rests on, so the sheet and the task pane
 * agree. A blank or unreadable cell is missing data.
 */
export function trangThai(actual: CellArgument, target: CellArgument): string {
  const read = (v: CellArgument) =>
    blank(v) ? null : parseViNumber(typeof v === "boolean" ? String(v) : v).value;
  const a = read(actual);
  const e = read(target);
  const status = a === null || e === null ? "missingData" : targetStatusOf(a, e);
  return targetStatusLabels[status].vi;
}

function invalid(message: string): Error {
  return typeof CustomFunctions === "undefined"
    ? new Error(message)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("SO", so);
  CustomFunctions.associate("KY", ky);
  CustomFunctions.associate("TRANGTHAI", trangThai);
}
