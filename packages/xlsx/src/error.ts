import { TonghopError } from "@tonghop/core";

/**
 * Why a file could not be read or written. Every code comes with a Vietnamese message that says
 * what the user should do, and its English alternative.
 */
export type XlsxErrorCode =
  | "XLSX.NOT_ZIP"
  | "XLSX.CORRUPT"
  | "XLSX.OLD_XLS"
  | "XLSX.ENCRYPTED"
  | "XLSX.NOT_WORKBOOK"
  | "XLSX.DTD"
  | "XLSX.TOO_LARGE"
  | "XLSX.SHEET_TOO_LARGE"
  | "XLSX.UNSUPPORTED"
  | "XLSX.SHEET_NOT_FOUND"
  | "XLSX.BAD_EDIT"
  | "XLSX.BAD_SPEC";

/**
 * The one error type @tonghop/xlsx throws. It is a {@link TonghopError}, so a caller that handles
 * core's errors handles these too; `message` is Vietnamese, `messageEn` English.
 */
export class XlsxError extends TonghopError {
  declare readonly code: XlsxErrorCode;
  readonly file?: string;
  readonly sheet?: string;

  constructor(code: XlsxErrorCode, vi: string, en: string, location: { file?: string; sheet?: string } = {}) {
    super(code, vi, en);
    if (location.file !== undefined) this.file = location.file;
    if (location.sheet !== undefined) this.sheet = location.sheet;
  }
}

export const isXlsxError = (e: unknown): e is XlsxError => e instanceof XlsxError;

/** `Tệp "a.xlsx"` / `File "a.xlsx"`, or the bare noun when the caller gave no file name. */
export function fileLabel(file: string | undefined): { vi: string; en: string } {
  return file === undefined ? { vi: "Tệp", en: "The file" } : { vi: `Tệp "${file}"`, en: `File "${file}"` };
}
