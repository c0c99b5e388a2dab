import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { consolidate, type Report, ttm01 } from "@tonghop/core";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { collectInputs } from "../packages/cli/src/io/collect-inputs.js";
import { loadHierarchy } from "../packages/cli/src/io/load-hierarchy.js";
import { loadUnit } from "../packages/cli/src/io/load-unit.js";
import { ROW_OF } from "./layout.js";
import { enteredTotals, peakRssMb, type ScenarioResult, timeAsync, WARM_UP_FILES } from "./measure.js";
import { differences } from "./result.js";
import { ENTERED, expectedTotals, unitValues } from "./unit-values.js";

/** Entered indicator at each one-based sheet row of the generated sheets. */
const CODE_AT_ROW = new Map(
  ENTERED.map((i) => [ROW_OF[i.code]! + 1, { code: i.code, max: i.aggregate.units === "max" }]),
);

/** Totals of the Kết quả column (E) of many sheets, by indicator: what every path must agree on. */
class ColumnTotals {
  readonly totals: Record<string, number> = Object.fromEntries(ENTERED.map((i) => [i.code, 0]));

  add(row: number, value: number): void {
    const at = CODE_AT_ROW.get(row);
    if (at === undefined) return;
    const total = this.totals[at.code]!;
    this.totals[at.code] = at.max ? Math.max(total, value) : total + value;
  }
}

const decoder = new TextDecoder();

/** The strings of sharedStrings.xml: each <si>'s <t> texts joined (no entity decoding: numbers only matter). */
function scanSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let at = xml.indexOf("<si>");
  while (at >= 0) {
    const end = xml.indexOf("</si>", at);
    let text = "";
    let t = xml.indexOf("<t", at);
    while (t >= 0 && t < end) {
      const open = xml.indexOf(">", t) + 1;
      const close = xml.indexOf("</t>", open);
      if (xml[open - 2] !== "/") text += xml.slice(open, close);
      t = xml.indexOf("<t", close);
    }
    strings.push(text);
    at = xml.indexOf("<si>", end);
  }
  return strings;
}

/** Column letters and row number of an A1 reference. */
function rowOfRef(ref: string): { col: string; row: number } {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  return { col: ref.slice(0, i), row: Number(ref.slice(i)) };
}

/**
 * Every entry of a zip, inflated by node:zlib into a buffer of its declared size: the directory
 * walked with no checks at all (the inputs are the benchmark's own), as cheap as unzipping gets.
 */
function unzipNative(bytes: Uint8Array): Record<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries: Record<string, Uint8Array> = {};
  let p = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(p + 28, true);
    const size = view.getUint32(p + 24, true);
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + view.getUint32(p + 20, true));
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries[name] =
      view.getUint16(p + 10, true) === 8 ? inflateRawSync(data, { chunkSize: Math.max(64, size + 1) }) : data;
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * The floor (row 2a): read the file, unzip every entry, and scan sheet1.xml and sharedStrings.xml
 * for the <v> of each cell: no styles, no workbook structure, no Grid. Measured with fflate and
 * with node:zlib (which the CLI inflates with); the cheaper is the floor. Every path reads its
 * files with readFileSync, as the CLI does: fs/promises' readFile costs several times as much CPU
 * for files this small, and would count against whichever path used it.
 */
async function floorPass(
  files: readonly string[],
  unzip: (bytes: Uint8Array) => Record<string, Uint8Array>,
): Promise<ColumnTotals> {
  const totals = new ColumnTotals();
  for (const file of files) {
    const entries = unzip(new Uint8Array(readFileSync(file)));
    const shared = entries["xl/sharedStrings.xml"];
    const strings = shared ? scanSharedStrings(decoder.decode(shared)) : [];
    const xml = decoder.decode(entries["xl/worksheets/sheet1.xml"]!);
    let at = xml.indexOf("<c ");
    while (at >= 0) {
      const tagEnd = xml.indexOf(">", at);
      const tag = xml.slice(at, tagEnd);
      const next = xml.indexOf("<c ", tagEnd);
      if (xml[tagEnd - 1] !== "/") {
        const v = xml.indexOf("<v>", tagEnd);
        if (v >= 0 && (next < 0 || v < next)) {
          const text = xml.slice(v + 3, xml.indexOf("</v>", v));
          const r = tag.indexOf(' r="');
          const ref = rowOfRef(tag.slice(r + 4, tag.indexOf('"', r + 4)));
          const shared = tag.includes(' t="s"');
          const value = shared ? strings[Number(text)] : tag.includes(' t="str"') ? text : Number(text);
          if (ref.col === "E" && typeof value === "number") totals.add(ref.row, value);
        }
      }
      at = next;
    }
  }
  return totals;
}

/** Row 2b: what a user would script instead: ExcelJS's in-memory reader, every cell's value read. */
async function excelPass(files: readonly string[]): Promise<ColumnTotals> {
  const totals = new ColumnTotals();
  for (const file of files) {
    const book = new ExcelJS.Workbook();
    // ExcelJS types its input as its own Buffer interface; a Node Buffer is what it reads.
    await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    book.worksheets[0]!.eachRow((row, rowNumber) => {
      row.eachCell((cell, col) => {
        const value = cell.value;
        const number =
          typeof value === "number"
            ? value
            : value !== null && typeof value === "object" && "result" in value
              ? value.result
              : undefined;
        if (col === 5 && typeof number === "number") totals.add(rowNumber, number);
      });
    });
  }
  return totals;
}

/**
 * Row 2: the CLI's path for `tonghop consolidate`: its input collection, hierarchy loader and
 * loadUnit (readWorkbook → readGrid, roster), then consolidate(), which validates every report.
 * The reports are kept, not the workbooks or Grids. (The CLI's consolidate also keeps each
 * LoadedUnit, whose bytes add ~11 KB a workbook; its output workbook is not part of this row.)
 */
async function tonghopPass(files: readonly string[], hierarchyFile: string, unit: string) {
  const hierarchy = await loadHierarchy(hierarchyFile);
  const reports: Report[] = [];
  for (const file of collectInputs(files)) {
    const loaded = await loadUnit(ttm01, file, { hierarchy });
    reports.push({ ...loaded.report, file: loaded.file });
  }
  return consolidate(ttm01, reports, { hierarchy, unit });
}

export type FilesPath = "floor" | "floorZlib" | "exceljs" | "tonghop";

/**
 * One path over the files: a warm-up pass over a few files, then `runs` passes; the median time,
 * the peak RSS of this process, the Kết quả totals it found and what else it noticed (for tonghop:
 * completeness and errors, which the generated workbooks must not have).
 */
export async function runFiles(
  path: FilesPath,
  files: readonly string[],
  runs: number,
  hierarchyFile: string,
  unit: string,
): Promise<ScenarioResult> {
  const warm = files.slice(0, Math.min(files.length, WARM_UP_FILES));
  if (path === "tonghop") {
    await tonghopPass(warm, hierarchyFile, unit);
    const { ms, cpuMs, result } = await timeAsync(runs, () => tonghopPass(files, hierarchyFile, unit));
    const { submitted, missing } = result.completeness;
    const errors = result.issues.filter((i) => i.severity === "error");
    return {
      ms,
      cpuMs,
      rssMb: peakRssMb(),
      totals: enteredTotals(result.report.values),
      notes: [
        ...(submitted.length === files.length ? [] : [`submitted ${submitted.length} of ${files.length}`]),
        ...(missing.length === 0 ? [] : [`missing ${missing.length}`]),
        ...errors.slice(0, 5).map((i) => `${i.code} ${i.message}`),
      ],
    };
  }
  const pass =
    path === "floor"
      ? (some: readonly string[]) => floorPass(some, unzipSync)
      : path === "floorZlib"
        ? (some: readonly string[]) => floorPass(some, unzipNative)
        : excelPass;
  await pass(warm);
  const { ms, cpuMs, result } = await timeAsync(runs, () => pass(files));
  const expected = expectedTotals(files.map((_, i) => unitValues(i)));
  return {
    ms,
    cpuMs,
    rssMb: peakRssMb(),
    totals: result.totals,
    notes: path !== "exceljs" ? differences(expected, result.totals) : [],
  };
}
