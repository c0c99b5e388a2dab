import { readFile } from "node:fs/promises";
import { type Form, type Hierarchy, readUnitWorkbook, type UnitWorkbook } from "@tonghop/core";
import { readWorkbook } from "@tonghop/xlsx";
import { CliError, errorText } from "../errors.js";

/** A unit's workbook as core reads it (form sheet, roster, reading issues), with its file. */
export interface LoadedUnit extends UnitWorkbook {
  /** The path as the user gave it (or as found in a folder). */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** When the workbook was last saved, from its document properties. */
  readonly modified?: string;
}

export interface LoadOptions {
  readonly hierarchy?: Hierarchy;
}

/** Reads a file's bytes; a missing or unreadable file stops with a message naming it. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(errorText(error, file));
  }
}

/**
 * Reads a unit's workbook from its file; core picks the form and roster sheets (readUnitWorkbook).
 * Throws (an XlsxError, TonghopError or CliError) only when the file cannot be read as a workbook
 * with a sheet to read at all.
 */
export async function loadUnit(form: Form, file: string, options: LoadOptions = {}): Promise<LoadedUnit> {
  const bytes = await readBytes(file);
  const workbook = readWorkbook(bytes, { file });
  const unit = readUnitWorkbook(form, workbook.sheets, {
    file,
    ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
  });
  return {
    ...unit,
    file,
    bytes,
    ...(workbook.properties.modified === undefined ? {} : { modified: workbook.properties.modified }),
  };
}
