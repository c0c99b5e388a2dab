import { extname } from "node:path";
import { type Form, type Hierarchy, readUnitWorkbook, type UnitWorkbook } from "@tonghop/core";
import { createPartMemory, defaultReadLimits, isXlsxError, readWorkbook, type Workbook } from "@tonghop/xlsx";
import { CliError } from "../errors.js";
import type { Text } from "../i18n.js";
import { inflateRaw } from "./inflate-raw.js";
import { readBytes } from "./read-bytes.js";

/** A unit's workbook as core reads it (form sheet, roster, reading issues), with its file. */
export interface LoadedUnit extends UnitWorkbook {
  /** The path as the user gave it (or as found in a folder). */
  readonly file: string;
  /** When the workbook was last saved, from its document properties. */
  readonly modified?: string;
}

export interface LoadOptions {
  readonly hierarchy?: Hierarchy;
}

/**
 * A unit's workbook file as bytes, refused by its size before reading when over the workbook
 * reader's own bound. The bytes are not kept in {@link LoadedUnit}: consolidating thousands of
 * workbooks would hold them all; the one command that copies a workbook reads it again.
 */
export const readWorkbookBytes = (file: string): Uint8Array =>
  readBytes(file, defaultReadLimits.maxCompressedBytes, "report");

/** Spreadsheet formats a unit may send that are zips but not .xlsx: what to save them as. */
const OTHER_FORMATS: Readonly<Record<string, Text>> = {
  ".xlsb": {
    vi: "là sổ làm việc nhị phân Excel (.xlsb). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) (Tệp → Lưu thành).",
    en: "is an Excel Binary Workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx) (File → Save As).",
  },
  ".ods": {
    vi: "là bảng tính OpenDocument (.ods, LibreOffice). Hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    en: "is an OpenDocument spreadsheet (.ods, LibreOffice). Open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx).",
  },
};

/**
 * The parts this run has read: the units' workbooks are copies of one template, whose styles and
 * relationships are then inflated and decoded once (see PartMemory). Bounded to 8 MB.
 */
const partMemory = createPartMemory();

/**
 * The workbook in `bytes`. A .xlsb or .ods the reader finds no workbook in is named for what it
 * is, with how to save it as .xlsx, rather than as "not a workbook"; a file that reads is read
 * whatever its name.
 */
function workbookOf(bytes: Uint8Array, file: string): Workbook {
  try {
    return readWorkbook(bytes, { file, inflateRaw, partMemory });
  } catch (error) {
    const format = OTHER_FORMATS[extname(file).toLowerCase()];
    if (format === undefined || !isXlsxError(error) || error.code !== "XLSX.NOT_WORKBOOK") throw error;
    throw new CliError({ vi: `Tệp "${file}" ${format.vi}`, en: `"${file}" ${format.en}` });
  }
}

/**
 * Reads a unit's workbook from its file; core picks the form and roster sheets (readUnitWorkbook).
 * Throws (an XlsxError, TonghopError or CliError) only when the file cannot be read as a workbook
 * with a sheet to read at all.
 */
export function loadUnit(form: Form, file: string, options: LoadOptions = {}): LoadedUnit {
  const workbook = workbookOf(readWorkbookBytes(file), file);
  const unit = readUnitWorkbook(form, workbook.sheets, {
    file,
    ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
  });
  return {
    ...unit,
    file,
    ...(workbook.properties.modified === undefined ? {} : { modified: workbook.properties.modified }),
  };
}
