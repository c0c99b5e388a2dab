import type Decimal from "decimal.js";
import { indicatorOf } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import type { Severity } from "../issue/issue.js";
import { formatViNumber } from "../number/index.js";

/** Decimals a number needs to be written in full (at most 6): 3 → 0, 44.5 → 1. */
function decimalsOf(value: number): number {
  const text = String(value);
  const m = /\.(\d+)$/.exec(text);
  return Math.min(m?.[1]?.length ?? 0, 6);
}

/** A number as Vietnamese write it: `1.059`, `44,5`. */
export function numVi(value: number | Decimal, decimals?: number): string {
  return formatViNumber(value, decimals ?? (typeof value === "number" ? decimalsOf(value) : 0));
}

/** The same number as English write it: `1,059`, `44.5`. */
export function numEn(value: number | Decimal, decimals?: number): string {
  return numVi(value, decimals).replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** An indicator as users know it: `mục 4.1 «Do báo cáo viên thực hiện» (BUOI_BCV)`. */
export function nameVi(form: Form, code: string): string {
  const i = indicatorOf(form, code);
  return i === undefined ? code : `mục ${i.stt} «${i.label}» (${code})`;
}

export function nameEn(form: Form, code: string): string {
  const i = indicatorOf(form, code);
  return i === undefined ? code : `item ${i.stt} "${i.labelEn}" (${code})`;
}

/**
 * Approximate values (`trên 14.000`, `gần 1.250`) are floors or estimates: a check they make fail
 * cannot prove an error, so an error becomes a warning (a warning or information stays as it is).
 */
export function softened(severity: Severity, approximate: boolean): Severity {
  return approximate && severity === "error" ? "warning" : severity;
}

export const approximateNoteVi =
  " Có số liệu ước tính (trên, gần, khoảng…) nên đây là cảnh báo: hãy kiểm tra và ghi số chính xác.";
export const approximateNoteEn =
  " Some figures are estimates (over, nearly, about…), so this is a warning: check them and enter exact figures.";
