import type { Grid } from "@tonghop/core";
import { type Archive, type ArchivePart, type InflateRaw, openArchive } from "../archive/open-archive.js";
import type { PartMemory } from "../archive/part-memory.js";
import { fileLabel, XlsxError } from "../error.js";
import { type ReadLimits, resolveLimits } from "../limits.js";
import { CLOSE } from "../xml/scanner.js";
import { readCoreProperties, type WorkbookProperties } from "./core-properties.js";
import { isType, type Relationship, readRelationships, relsPartOf, scan } from "./parts.js";
import { readSharedStrings } from "./shared-strings.js";
import { readSheet, type SheetRead } from "./sheet.js";
import { readStyles, type WorkbookStyles } from "./styles.js";

/** One worksheet (trang tính) of a workbook. */
export interface SheetData {
  readonly name: string;
  /** Hidden or very hidden in Excel: the reader still reads it; the caller decides what it means. */
  readonly hidden: boolean;
  readonly grid: Grid;
  /**
   * Cells the sheet's part holds, those that carry only a style included (borders drawn down to
   * row 200,000): the grid leaves those out, a full re-write of the workbook must carry them.
   */
  readonly cells: number;
}

/** A workbook (sổ làm việc) as tonghop reads it. */
export interface Workbook {
  /** Worksheets in workbook order; chart sheets and dialog sheets are left out. */
  readonly sheets: readonly SheetData[];
  readonly properties: WorkbookProperties;
  /** The workbook holds macros (a .xlsm with a VBA project): it is read like any other; macros never run. */
  readonly macroEnabled: boolean;
  /** Dates are serial numbers counted from 1904 rather than 1900 (an old Mac setting). */
  readonly date1904: boolean;
}

/** A `<sheet>`'s name, relationship id (`r:id`) and visibility. */
const SHEET_ATTRIBUTES = ["name", "id", "state"];

export interface ReadOptions {
  /** The file's name, for messages. */
  readonly file?: string;
  readonly limits?: Partial<ReadLimits>;
  /** The inflater of the archive's parts; fflate's by default (see {@link InflateRaw}). */
  readonly inflateRaw?: InflateRaw;
  /**
   * Parts read before, by this caller: a part with the same compressed bytes as one read before
   * (a template's styles, relationships) is taken from it rather than inflated and decoded again.
   * See {@link createPartMemory}.
   */
  readonly partMemory?: PartMemory;
}

/**
 * Reads .xlsx (or .xlsm) bytes into Grids: values with formulas and their cached results, number
 * formats, font names, merged ranges, hidden rows and sheets, and the document's core properties.
 * Works the same in Node and in a browser. Throws {@link XlsxError} for anything that is not a
 * readable workbook. The input bytes are only read.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Workbook {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const archive = openArchive(bytes, limits, file, options.inflateRaw, options.partMemory);

  const packageRels = relationshipsOf(archive, "_rels/.rels", "", file);
  const workbookPart = packageRels.find((r) => isType(r, "officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookXml = archive.part(workbookPart);
  if (workbookXml === undefined) throw notWorkbook(file);
  const read = (xml: string) => readWorkbookPart(xml, workbookPart, file);
  const { root, date1904, sheetEntries } =
    workbookXml.remembered?.derived("workbook", read) ?? read(workbookXml.text);
  if (root !== "workbook") throw notWorkbook(file);

  const rels = relationshipsOf(archive, relsPartOf(workbookPart), workbookPart, file);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (kind: string) => rels.find((r) => isType(r, kind))?.target;
  const sharedStringsPart = partOf("sharedStrings");
  const stylesPart = partOf("styles");
  const sharedStrings = sharedStringsPart
    ? readSharedStrings(archive.text(sharedStringsPart), sharedStringsPart, file)
    : [];
  const styles = lazyStyles(archive, stylesPart, file);

  const sheets: SheetData[] = [];
  let cellsLeft = limits.maxTotalCells;
  for (const entry of sheetEntries) {
    const rel = relById.get(entry.rel);
    if (!rel || !isType(rel, "worksheet")) continue;
    const xml = archive.text(rel.target);
    const read: SheetRead =
      xml === undefined
        ? { grid: { sheet: entry.name, origin: "A1", values: [] }, cells: 0 }
        : readSheet(xml, {
            name: entry.name,
            part: rel.target,
            file,
            sharedStrings,
            styles,
            maxCells: limits.maxCells,
            cellsLeft,
            maxTotalCells: limits.maxTotalCells,
          });
    const { grid, cells } = read;
    cellsLeft -= grid.values.length * (grid.values[0]?.length ?? 0);
    sheets.push({
      name: entry.name,
      hidden: entry.state === "hidden" || entry.state === "veryHidden",
      grid,
      cells,
    });
  }

  const corePart = packageRels.find((r) => isType(r, "core-properties"))?.target ?? "docProps/core.xml";
  const properties = readCoreProperties(archive.text(corePart), corePart, file);
  // Macros live in a vbaProject part the workbook points to; they are never run, only noted.
  const macroEnabled = rels.some((r) => isType(r, "vbaProject"));
  return { sheets, properties, macroEnabled, date1904 };
}

/** What tonghop reads of the workbook part: its root element, its sheets and its date system. */
interface WorkbookPart {
  readonly root: string;
  readonly date1904: boolean;
  readonly sheetEntries: readonly { readonly name: string; readonly state: string; readonly rel: string }[];
}

function readWorkbookPart(xml: string, part: string, file: string | undefined): WorkbookPart {
  let root = "";
  let date1904 = false;
  const sheetEntries: { name: string; state: string; rel: string }[] = [];
  const sc = scan(xml, part, file);
  const sheetAttributes: (string | undefined)[] = [undefined, undefined, undefined];
  while (sc.next()) {
    if (sc.kind === CLOSE) continue;
    if (root === "") root = sc.name;
    if (sc.name === "sheet") {
      sc.attrs(SHEET_ATTRIBUTES, sheetAttributes);
      const [name, rel, state] = sheetAttributes;
      if (name !== undefined && rel !== undefined) sheetEntries.push({ name, rel, state: state ?? "" });
    } else if (sc.name === "workbookPr") {
      const value = sc.attr("date1904");
      date1904 = value === "1" || value === "true";
    }
  }
  return { root, date1904, sheetEntries };
}

/**
 * The relationships in the part `rels` of the part `source`; made once for a part the caller's
 * memory holds (they resolve against the source, which names them).
 */
function relationshipsOf(
  archive: Archive,
  rels: string,
  source: string,
  file: string | undefined,
): readonly Relationship[] {
  const part = archive.part(rels);
  if (part === undefined) return [];
  const read = (xml: string) => readRelationships(xml, source, file);
  return part.remembered?.derived(`relationships of ${source}`, read) ?? read(part.text);
}

/**
 * The workbook's styles, inflated when a grid's fonts or number formats are first asked for and
 * read as far as that ask needs (see {@link WorkbookStyles}): a report whose text needs no font to
 * decode never pays for them. The part's bytes count against the archive's bounds then, and a
 * part that cannot be read throws its XlsxError then, the same one at every later ask.
 */
function lazyStyles(archive: Archive, part: string | undefined, file: string | undefined): WorkbookStyles {
  let source: Archive | undefined = archive;
  let read: ArchivePart | undefined;
  let styles: WorkbookStyles | undefined;
  let failed = false;
  let failure: unknown;
  const ask = <T>(question: (read: WorkbookStyles) => T, shared?: string): T => {
    if (failed) throw failure;
    try {
      if (source !== undefined) {
        const from = source;
        // The archive (and the file's bytes it holds) is let go once the part is inflated or refused.
        source = undefined;
        read = part ? from.part(part) : undefined;
      }
      // The font names of a template's styles, read once for every workbook that has them.
      if (read?.remembered !== undefined && shared !== undefined) {
        return read.remembered.derived(shared, (xml) => question(readStyles(xml, part ?? "", file)));
      }
      styles ??= readStyles(read?.text, part ?? "", file);
      return question(styles);
    } catch (error) {
      failed = true;
      failure = error;
      throw error;
    }
  };
  return {
    fontNames: () => ask((s) => s.fontNames(), "font names"),
    cellStyles: () => ask((s) => s.cellStyles()),
  };
}

function notWorkbook(file: string | undefined): XlsxError {
  const { vi, en } = fileLabel(file);
  return new XlsxError(
    "XLSX.NOT_WORKBOOK",
    `${vi} không phải là sổ làm việc Excel (không có xl/workbook.xml). Hãy kiểm tra lại đã chọn đúng tệp báo cáo .xlsx.`,
    `${en} is not an Excel workbook (no xl/workbook.xml). Check that it is the right .xlsx report.`,
    file === undefined ? {} : { file },
  );
}
