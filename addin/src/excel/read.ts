import { type CellValue, fromA1, type Grid, toA1 } from "@tonghop/core";
import type { ExcelSession } from "./session.js";

/** A sheet as core reads it, with the worksheet's identity for marks and messages. */
export interface SheetRead {
  readonly grid: Grid;
  readonly name: string;
  readonly id: string;
}

type Matrix = readonly (readonly unknown[])[];

/** `Sheet1!B2:K60` or `'Báo cáo'!A1` → `B2` / `A1`. */
export function originOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0]!.replace(/\$/g, "");
}

const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined ? null : (value as CellValue);

/** Office.js matrices → a core Grid: "" is an empty cell, a formula cell keeps its text beside its cached value. */
export function toGrid(
  sheet: string,
  address: string,
  values: Matrix,
  formulas: Matrix,
  numberFormats: Matrix,
): Grid {
  return {
    sheet,
    origin: originOf(address),
    values: values.map((row) => row.map(cellValue)),
    formulas: formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
    numberFormats: numberFormats.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : null))),
  };
}

/** Office.js reports a batch over Excel on the web's 5 MB limit with these codes. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Cells per batch when a sheet's response is too large for one: ~60 bytes for value, formula and format. */
const CELL_BYTES_ESTIMATE = 60;

/**
 * Reads a sheet's used range: values, formulas and number formats loaded once, one sync.
 * `alongside` queues other loads into the same batch; its reader runs after the sync.
 * Only a sheet whose response passes Excel on the web's 5 MB limit is read again in row bands.
 */
export async function readSheet<T = undefined>(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  alongside?: () => () => T,
): Promise<{ sheet: SheetRead; also: T }> {
  const range = sheet.getUsedRange();
  range.load("address,values,formulas,numberFormat");
  sheet.load("name,id");
  const readAlso = alongside?.();
  try {
    await session.sync();
    return {
      sheet: {
        name: sheet.name,
        id: sheet.id,
        grid: toGrid(sheet.name, range.address, range.values, range.formulas, range.numberFormat),
      },
      also: readAlso?.() as T,
    };
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    return readInBands(session, sheet, alongside);
  }
}

async function readInBands<T>(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  alongside?: () => () => T,
): Promise<{ sheet: SheetRead; also: T }> {
  const used = sheet.getUsedRange();
  used.load("address,rowCount,columnCount");
  sheet.load("name,id");
  const readAlso = alongside?.();
  await session.sync();
  const also = readAlso?.() as T;
  let rowsPerBand = Math.max(
    1,
    Math.floor(session.limitBytes / (CELL_BYTES_ESTIMATE * Math.max(1, used.columnCount))),
  );
  const origin = fromA1(originOf(used.address));
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const formats: unknown[][] = [];
  for (let top = 0; top < used.rowCount; ) {
    const height = Math.min(rowsPerBand, used.rowCount - top);
    const first = { row: origin.row + top, col: origin.col };
    const last = { row: first.row + height - 1, col: origin.col + used.columnCount - 1 };
    const band = sheet.getRange(`${toA1(first)}:${toA1(last)}`);
    band.load("values,formulas,numberFormat");
    try {
      await session.sync();
    } catch (error) {
      // The estimate is per cell; long texts make a band heavier than it. Halve and read again.
      if (!isPayloadLimitError(error) || height === 1) throw error;
      rowsPerBand = Math.ceil(height / 2);
      continue;
    }
    values.push(...band.values);
    formulas.push(...band.formulas);
    formats.push(...band.numberFormat);
    top += height;
  }
  return {
    sheet: {
      name: sheet.name,
      id: sheet.id,
      grid: toGrid(sheet.name, used.address, values, formulas, formats),
    },
    also,
  };
}
