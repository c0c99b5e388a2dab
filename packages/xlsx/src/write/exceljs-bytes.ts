import type ExcelJS from "exceljs";

/** ExcelJS gives a Node Buffer in Node and an ArrayBuffer in a browser; callers get a plain Uint8Array. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (written instanceof Uint8Array) {
    return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
  }
  return new Uint8Array(written as ArrayBuffer);
}

/** `RRGGBB` or `AARRGGBB` → ExcelJS's ARGB. */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, "").toUpperCase();
  return clean.length === 6 ? `FF${clean}` : clean;
}

/** A formula as ExcelJS stores it: without the leading `=`. */
export const formulaText = (formula: string): string => formula.replace(/^=/, "");
