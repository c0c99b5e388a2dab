/**
 * The corpus of bad, broken and hostile inputs (issue 8), written by code, never by hand:
 *
 *   npx tsx test/bad/generate.ts /tmp/bad      # writes every case into /tmp/bad
 *
 * The tests call {@link generateBadCorpus} into a temporary folder; no binary is committed.
 * Workbooks are assembled part by part as raw SpreadsheetML zipped with fflate, not with ExcelJS:
 * the hostile cases need parts no writer produces (a DTD, a lying zip directory, an entry named
 * `../../evil.xml`), and raw parts keep every file byte-for-byte reproducible (fixed dates).
 * The large cases (the zip bomb, the 200,000-row sheets) are streamed through fflate's
 * `Zip`/`ZipDeflate` to disk so the generator never holds their inflated content.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import { templateHeaders, ttm01 } from "../../packages/core/src/form/index.js";
import { fullValues } from "../../packages/core/src/read/__fixtures__/grids.js";

/** Every file of the corpus, by case. Paths are relative to the corpus folder. */
export const BAD = {
  /** A web page saved with an .xlsx name (what some online systems export). */
  notZip: "khong-phai-zip.xlsx",
  /** A good workbook cut short, as an interrupted download leaves it. */
  truncated: "bi-cat-cut.xlsx",
  /** Excel 97–2003 (.xls): an OLE2 compound file. */
  oldXls: "dinh-dang-cu.xls",
  /** The same old file renamed to .xlsx by hand. */
  oldXlsRenamed: "dinh-dang-cu-doi-ten.xlsx",
  /** A password-protected workbook: OLE2 holding EncryptionInfo and EncryptedPackage streams. */
  encrypted: "dat-mat-khau.xlsx",
  /** A clean report saved as a macro-enabled workbook with a VBA project. */
  macro: "co-macro.xlsm",
  /** A sheet that inflates to {@link BOMB_BYTES}; the zip directory tells the truth. */
  bomb: "bom-zip.xlsx",
  /** The same bomb whose zip directory claims the sheet is 1,000 bytes. */
  bombLying: "bom-zip-khai-gian.xlsx",
  /** `<!DOCTYPE worksheet>` and nothing else hostile. */
  doctype: "dtd-doctype.xlsx",
  /** An external entity reading /etc/passwd into a cell. */
  externalEntity: "dtd-thuc-the-ngoai.xlsx",
  /** Billion laughs: nested entity expansion in the shared strings. */
  entityExpansion: "dtd-ty-tieng-cuoi.xlsx",
  /** A clean unit form whose styles.xml (read only when a text's font matters) holds a DTD. */
  stylesDoctype: "dtd-trong-styles.xlsx",
  /** The form followed by {@link LONG_ROWS} rows of data pasted below it. */
  longSheet: "200000-dong.xlsx",
  /** The form followed by {@link LONG_ROWS} empty rows with borders (whole columns formatted). */
  longFormatted: "200000-dong-dinh-dang.xlsx",
  /** One empty sheet. */
  empty: "so-trong.xlsx",
  /** A workbook of another kind entirely: a budget estimate with money columns. */
  budget: "du-toan-ngan-sach.xlsx",
  /** Formula error cells: #REF! and #DIV/0! as cached values. */
  formulaErrors: "loi-cong-thuc.xlsx",
  /** A negative count, 12.5 sessions, and counts beyond 2^53 (as a number and as text). */
  badCounts: "so-am-le-qua-lon.xlsx",
  /** One value cell merged over the rows of two indicators. */
  mergedValues: "o-gop-so-lieu.xlsx",
  /** A hidden old copy of the form before the real one, and a hidden row in the real one. */
  hidden: "dong-an-trang-an.xlsx",
  /** Unit text that begins with =, +, - and @ (note, labels, unit name). */
  formulaText: "chu-bat-dau-bang-dau-bang.xlsx",
  /** A hierarchy with a duplicate code, an unknown parent and a cycle. */
  badHierarchy: "don-vi-loi.csv",
  /** A clean hierarchy for the duplicate pair. */
  hierarchy: "don-vi.csv",
  /** Two files for one unit and one period (the second resubmitted with other numbers). */
  duplicateA: "trung/cao-loc-2022.xlsx",
  duplicateB: "trung/cao-loc-2022-gui-lai.xlsx",
  /** A period that does not parse: "Quý V/2024". */
  badPeriod: "ky-khong-doc-duoc.xlsx",
  /** A zip entry named ../../evil.xml, which the workbook points a sheet at. */
  pathTraversal: "thoat-thu-muc.xlsx",
} as const;

export type BadCase = keyof typeof BAD;

/** Uncompressed size of the bomb's sheet: past the reader's 100 MB bound on one part. */
export const BOMB_BYTES = 160 * 1024 * 1024;
/** Rows pasted below the form in the long sheet. */
export const LONG_ROWS = 200_000;
/** Text of the traversal entry: it must never appear in anything tonghop reads or writes. */
export const TRAVERSAL_MARKER = "BÍ MẬT NGOÀI THƯ MỤC";
/** A value only the traversal entry holds. */
export const TRAVERSAL_VALUE = 777_777;

/** Unit codes the corpus uses. */
export const CORPUS_UNITS = {
  clean: "TPLS",
  duplicate: "CAOLOC",
  formulaText: "X_CONGTHUC",
} as const;

// ---------------------------------------------------------------------------------------------
// SpreadsheetML, part by part

type Cell =
  | string
  | number
  | null
  /** A formula whose cached result is an Excel error. */
  | { readonly error: string; readonly formula?: string };

type Row = readonly Cell[];

interface Sheet {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly merges?: readonly string[];
  /** Zero-based indices of hidden rows. */
  readonly hiddenRows?: readonly number[];
  readonly state?: "hidden";
  /** Written where the sheet's part would be, instead of `rows` (hostile parts). */
  readonly xml?: string;
  /** The relationship target from xl/, when not worksheets/sheetN.xml. */
  readonly target?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const columnLetter = (col: number): string => {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function cellXml(ref: string, cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  // Text as an inline string: always text, whatever it begins with.
  if (typeof cell === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  const f = cell.formula === undefined ? "" : `<f>${escapeXml(cell.formula)}</f>`;
  return `<c r="${ref}" t="e">${f}<v>${escapeXml(cell.error)}</v></c>`;
}

function rowXml(rows: readonly Row[], index: number, hidden: boolean): string {
  const r = index + 1;
  const cells = rows[index]!.map((cell, c) => cellXml(`${columnLetter(c)}${r}`, cell)).join("");
  return `<row r="${r}"${hidden ? ' hidden="1"' : ""}>${cells}</row>`;
}

function sheetXml(sheet: Sheet): string {
  if (sheet.xml !== undefined) return sheet.xml;
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows.map((_, i) => rowXml(sheet.rows, i, hidden.has(i))).join("");
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `${XML_HEAD}<worksheet ${NS} ${R_NS}><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

interface PackageOptions {
  readonly macro?: boolean;
  readonly sharedStrings?: string;
  /** The content of `<styleSheet>`. */
  readonly styles?: string;
  /** Written between the XML declaration and `<styleSheet>` (a DTD, for the hostile case). */
  readonly stylesPrologue?: string;
}

/** Every part of a workbook except the sheets' own XML, and where each sheet's part goes. */
function packageParts(
  sheets: readonly Sheet[],
  options: PackageOptions = {},
): { parts: Record<string, string>; sheetParts: string[] } {
  const mainType = options.macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const sheetParts = sheets.map((s, i) => s.target ?? `worksheets/sheet${i + 1}.xml`);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>`,
    ...sheetParts
      .filter((p) => !p.startsWith(".."))
      .map(
        (p) =>
          `<Override PartName="/xl/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      ),
  ];
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${sheetParts[i]}"/>`,
  );
  const parts: Record<string, string> = {};
  if (options.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
    parts["xl/sharedStrings.xml"] = options.sharedStrings;
  }
  if (options.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    overrides.push(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
    parts["xl/styles.xml"] =
      `${XML_HEAD}${options.stylesPrologue ?? ""}<styleSheet ${NS}>${options.styles}</styleSheet>`;
  }
  const defaults = [
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
  ];
  if (options.macro) {
    defaults.push(`<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`);
    rels.push(
      `<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    );
  }
  parts["[Content_Types].xml"] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join("")}${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEls = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  parts["xl/workbook.xml"] = `${XML_HEAD}<workbook ${NS} ${R_NS}><sheets>${sheetEls}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  return { parts, sheetParts };
}

/** Where a sheet's relationship target lands in the archive (a target climbing out of xl/ stays as written). */
const entryOf = (target: string) => (target.startsWith("..") ? target : `xl/${target}`);

/** Core properties (docProps/core.xml): when the workbook was last saved, as Excel records it. */
function coreProperties(modified: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Văn phòng Huyện ủy</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2022-12-01T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}

function workbook(
  sheets: readonly Sheet[],
  options: PackageOptions & { extra?: Record<string, Uint8Array>; modified?: string } = {},
): Uint8Array {
  const { parts, sheetParts } = packageParts(sheets, options);
  if (options.modified !== undefined) {
    parts["docProps/core.xml"] = coreProperties(options.modified);
    parts["_rels/.rels"] = parts["_rels/.rels"]!.replace(
      "</Relationships>",
      `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    );
  }
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  sheets.forEach((sheet, i) => {
    files[entryOf(sheetParts[i]!)] = strToU8(sheetXml(sheet));
  });
  Object.assign(files, options.extra ?? {});
  // A fixed date: the same bytes every run.
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2024, 0, 1)) });
}

// ---------------------------------------------------------------------------------------------
// The TTM-01 sheet as a unit fills it in

const HEADER: Row = templateHeaders(ttm01);

interface UnitSheetOptions {
  readonly unit?: string;
  readonly unitName?: string;
  readonly period?: string;
  readonly title?: string;
  /** Values by indicator code; the default is a full, consistent report. */
  readonly values?: Readonly<Record<string, Cell>>;
  readonly notes?: Readonly<Record<string, string>>;
  /** Rows added after the form's rows, before the signature. */
  readonly extraRows?: readonly Row[];
}

interface UnitLayout {
  readonly rows: Row[];
  /** Zero-based sheet row of each indicator. */
  readonly rowOf: Record<string, number>;
}

/** Kết quả is column E. */
export const RESULT_COLUMN = "E";

/** The TTM-01 template filled in: title rows as Party documents have them, header, sections, indicators. */
function unitRows(options: UnitSheetOptions = {}): UnitLayout {
  const values = options.values ?? fullValues;
  const rows: Row[] = [
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [
      options.unitName ?? "THÀNH ỦY LẠNG SƠN",
      null,
      null,
      null,
      null,
      null,
      "Lạng Sơn, ngày 15 tháng 12 năm 2022",
    ],
    [null, null, "Mã đơn vị:", options.unit ?? CORPUS_UNITS.clean],
    [null, null, "Kỳ báo cáo:", options.period ?? "Năm 2022"],
    [options.title ?? "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN NĂM 2022"],
    [],
    HEADER,
  ];
  const rowOf: Record<string, number> = {};
  for (const section of ttm01.sections) {
    rows.push([section.id, null, section.label]);
    for (const indicator of ttm01.indicators.filter((i) => i.section === section.id)) {
      rowOf[indicator.code] = rows.length;
      const value = values[indicator.code] ?? null;
      const note = options.notes?.[indicator.code] ?? null;
      rows.push([
        indicator.stt,
        indicator.code,
        indicator.label,
        indicator.unit,
        value,
        null,
        null,
        null,
        null,
        note,
      ]);
    }
  }
  rows.push(...(options.extraRows ?? []));
  rows.push([], [null, null, null, null, "T/M BAN THƯỜNG VỤ"]);
  return { rows, rowOf };
}

/** A1 address of an indicator's Kết quả cell in {@link unitRows}' layout. */
export function resultCell(code: string): string {
  const { rowOf } = unitRows();
  const row = rowOf[code];
  if (row === undefined) throw new Error(`no row for ${code}`);
  return `${RESULT_COLUMN}${row + 1}`;
}

const unitSheet = (options: UnitSheetOptions = {}, name = "TTM-01"): Sheet => ({
  name,
  rows: unitRows(options).rows,
});

// ---------------------------------------------------------------------------------------------
// OLE2 (compound file), the container of .xls and of encrypted workbooks

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal compound file (MS-CFB version 3, 512-byte sectors): header, one FAT sector, one
 * directory sector holding the root and the given (empty) streams. Enough for anything that
 * sniffs it, as Excel's own files are.
 */
function compoundFile(streams: readonly string[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds four entries");
  const out = new Uint8Array(512 * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // byte order
  view.setUint16(30, 9, true); // sector size 2^9
  view.setUint16(32, 6, true); // mini sector size 2^6
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cut-off
  view.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(68, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + 4 * i, FREE, true);
  // Sector 0: the FAT. Sector 0 is the FAT itself, sector 1 the directory (one sector long).
  const fat = 512;
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);
  for (let i = 2; i < 128; i++) view.setUint32(fat + 4 * i, FREE, true);
  // Sector 1: the directory.
  const entry = (index: number, name: string, type: 1 | 2 | 5, child: number, right: number) => {
    const at = 1024 + 128 * index;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, END_OF_CHAIN, true); // starting sector: empty stream
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : FREE, FREE);
  streams.forEach((name, i) => {
    entry(i + 1, name, 2, FREE, i + 2 <= streams.length ? i + 2 : FREE);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Streaming (for what must never be held in memory)

/** Zips entries to `path` through fflate's streaming Zip; `write` pushes each entry's content. */
async function streamZip(
  path: string,
  entries: readonly { name: string; write: (push: (text: string, final?: boolean) => void) => void }[],
): Promise<void> {
  const fd = openSync(path, "w");
  try {
    await new Promise<void>((done, fail) => {
      const zip = new Zip((error, chunk, final) => {
        if (error) return fail(error);
        writeSync(fd, chunk);
        if (final) done();
      });
      for (const entry of entries) {
        const file = new ZipDeflate(entry.name, { level: 9 });
        file.mtime = new Date(Date.UTC(2024, 0, 1));
        zip.add(file);
        entry.write((text, final = false) => file.push(strToU8(text), final));
      }
      zip.end();
    });
  } finally {
    closeSync(fd);
  }
}

/** The package parts of a one-sheet workbook as streaming entries, the sheet's part written by `sheet`. */
function streamedWorkbook(
  sheet: (push: (text: string, final?: boolean) => void) => void,
  options: PackageOptions = {},
) {
  const { parts, sheetParts } = packageParts([{ name: "TTM-01", rows: [] }], options);
  return [
    ...Object.entries(parts).map(([name, text]) => ({
      name,
      write: (push: (text: string, final?: boolean) => void) => push(text, true),
    })),
    { name: entryOf(sheetParts[0]!), write: sheet },
  ];
}

/**
 * Rows of a real sheet repeated until the part is `bytes` long: the bomb is well-formed
 * SpreadsheetML, so only the bound can stop it.
 */
function writeBomb(push: (text: string, final?: boolean) => void, bytes: number): void {
  const head = `${XML_HEAD}<worksheet ${NS}><sheetData>`;
  const tail = "</sheetData></worksheet>";
  const row = `<row><c t="inlineStr"><is><t>Tổng số buổi tuyên truyền miệng</t></is></c><c><v>1</v></c></row>`;
  const chunk = row.repeat(Math.floor((1024 * 1024) / row.length));
  push(head);
  let written = head.length;
  while (written + chunk.length + tail.length < bytes) {
    push(chunk);
    written += chunk.length;
  }
  push(tail, true);
}

/** Sets every central-directory entry's uncompressed size for `name` to `size`: a lying zip. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    const entryName = out.subarray(p + 46, p + 46 + length);
    if (length === target.length && entryName.every((b, i) => b === target[i])) {
      view.setUint32(p + 24, size, true);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cases

/** Style 1: thin borders all round, as a unit's template draws its table. */
const BORDERED_STYLES =
  '<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>';

const budgetSheet: Sheet = {
  name: "Dự toán 2024",
  rows: [
    ["ỦY BAN NHÂN DÂN HUYỆN CAO LỘC", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["PHÒNG TÀI CHÍNH - KẾ HOẠCH", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["DỰ TOÁN NGÂN SÁCH NĂM 2024"],
    [null, null, null, null, "Đơn vị tính: đồng"],
    ["STT", "Nội dung", "Mã số", "Dự toán năm", "Thực hiện", "Tỷ lệ (%)"],
    ["A", "TỔNG THU NGÂN SÁCH", "01", 125_400_000_000, 98_750_000_000, 78.7],
    ["1", "Thu thuế, phí và lệ phí", "02", 80_000_000_000, 61_250_000_000, 76.6],
    ["2", "Thu từ đất", "03", 45_400_000_000, 37_500_000_000, 82.6],
    ["B", "TỔNG CHI NGÂN SÁCH", "10", 121_000_000_000, 90_120_500_000, 74.5],
    ["1", "Chi đầu tư phát triển", "11", 40_000_000_000, 28_300_000_000, 70.8],
    ["2", "Chi thường xuyên", "12", 78_000_000_000, 60_820_500_000, 78],
    ["3", "Dự phòng ngân sách", "13", 3_000_000_000, 1_000_000_000, 33.3],
  ],
};

const BAD_HIERARCHY = [
  "Mã,Tên đơn vị,Loại,Mã cấp trên",
  "TULS,Tỉnh ủy Lạng Sơn,Tỉnh ủy,",
  "CAOLOC,Huyện ủy Cao Lộc,Huyện ủy,TULS",
  "CAOLOC,Huyện ủy Cao Lộc (trùng),Huyện ủy,TULS",
  "VANLANG,Huyện ủy Văn Lãng,Huyện ủy,KHONGCO",
  "XA_A,Đảng ủy xã Tân Liên,Đảng ủy xã,XA_B",
  "XA_B,Đảng ủy xã Gia Cát,Đảng ủy xã,XA_A",
  "",
].join("\n");

const GOOD_HIERARCHY = [
  "Mã,Tên đơn vị,Loại,Mã cấp trên",
  "TULS,Tỉnh ủy Lạng Sơn,Tỉnh ủy,",
  "CAOLOC,Huyện ủy Cao Lộc,Huyện ủy,TULS",
  "VANLANG,Huyện ủy Văn Lãng,Huyện ủy,TULS",
  "",
].join("\n");

/** Billion laughs: ten levels of ten, 10^9 "lol"s from a few hundred bytes. */
function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `${XML_HEAD}<!DOCTYPE sst [${levels.join("")}]><sst ${NS} count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
}

/** The rows a unit's sheet would have, with its XML: for the DTD cases, rows written after a prologue. */
function withPrologue(prologue: string, extraCell: string): string {
  const rows = unitRows().rows;
  const body = rows.map((_, i) => rowXml(rows, i, false)).join("");
  return `${XML_HEAD}${prologue}<worksheet ${NS} ${R_NS}><sheetData>${body}<row r="${rows.length + 1}">${extraCell}</row></sheetData></worksheet>`;
}

/** Writes every case of {@link BAD} into `dir` (created if needed); returns the absolute paths by case. */
export async function generateBadCorpus(dir: string): Promise<Record<BadCase, string>> {
  mkdirSync(join(dir, "trung"), { recursive: true });
  const path = (c: BadCase) => join(dir, BAD[c]);
  const put = (c: BadCase, bytes: Uint8Array | string) =>
    writeFileSync(path(c), typeof bytes === "string" ? bytes : bytes);

  const clean = workbook([unitSheet()]);

  put(
    "notZip",
    `<html><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>1</td><td>Tổng số báo cáo viên</td><td>20</td></tr></table></body></html>\n`,
  );
  put("truncated", clean.subarray(0, Math.floor(clean.length * 0.6)));
  put("oldXls", compoundFile(["Workbook", "\u0005SummaryInformation"]));
  put("oldXlsRenamed", compoundFile(["Workbook", "\u0005SummaryInformation"]));
  put("encrypted", compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
  put(
    "macro",
    workbook([unitSheet()], {
      macro: true,
      // A VBA project is itself a compound file; its content never matters, it is never run.
      extra: { "xl/vbaProject.bin": compoundFile(["VBA", "PROJECT"]) },
    }),
  );

  await streamZip(
    path("bomb"),
    streamedWorkbook((push) => writeBomb(push, BOMB_BYTES)),
  );
  put("bombLying", lieAboutSize(readFileSync(path("bomb")), "xl/worksheets/sheet1.xml", 1000));

  put("doctype", workbook([{ name: "TTM-01", rows: [], xml: withPrologue("<!DOCTYPE worksheet>", "") }]));
  put(
    "stylesDoctype",
    workbook([unitSheet()], {
      styles: BORDERED_STYLES,
      stylesPrologue: '<!DOCTYPE styleSheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    }),
  );
  put(
    "externalEntity",
    workbook([
      {
        name: "TTM-01",
        rows: [],
        xml: withPrologue(
          '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
          '<c r="C60" t="inlineStr"><is><t>&xxe;</t></is></c>',
        ),
      },
    ]),
  );
  put(
    "entityExpansion",
    workbook([{ name: "TTM-01", rows: [], xml: withPrologue("", '<c r="C60" t="s"><v>0</v></c>') }], {
      sharedStrings: billionLaughs(),
    }),
  );

  const form = unitRows();
  await streamZip(
    path("longSheet"),
    streamedWorkbook((push) => {
      push(`${XML_HEAD}<worksheet ${NS} ${R_NS}><sheetData>`);
      push(form.rows.map((_, i) => rowXml(form.rows, i, false)).join(""));
      // Pasted below the form: a list of sessions, one a row, as some units attach their log.
      const batch: string[] = [];
      for (let n = 1; n <= LONG_ROWS; n++) {
        const r = form.rows.length + n;
        batch.push(
          `<row r="${r}"><c r="A${r}"><v>${n}</v></c><c r="C${r}" t="inlineStr"><is><t>Buổi tuyên truyền tại thôn ${n}</t></is></c><c r="E${r}"><v>1</v></c></row>`,
        );
        if (batch.length === 5000) push(batch.splice(0).join(""));
      }
      push(batch.join(""));
      push("</sheetData></worksheet>", true);
    }),
  );

  await streamZip(
    path("longFormatted"),
    streamedWorkbook(
      (push) => {
        push(`${XML_HEAD}<worksheet ${NS} ${R_NS}><sheetData>`);
        push(form.rows.map((_, i) => rowXml(form.rows, i, false)).join(""));
        // What Excel writes when borders are drawn down to row 200,060: styled cells, no values.
        const batch: string[] = [];
        for (let n = 1; n <= LONG_ROWS; n++) {
          const r = form.rows.length + n;
          const cells = Array.from({ length: 10 }, (_, c) => `<c r="${columnLetter(c)}${r}" s="1"/>`).join(
            "",
          );
          batch.push(`<row r="${r}" spans="1:10" s="1" customFormat="1">${cells}</row>`);
          if (batch.length === 5000) push(batch.splice(0).join(""));
        }
        push(batch.join(""));
        push("</sheetData></worksheet>", true);
      },
      { styles: BORDERED_STYLES },
    ),
  );

  put("empty", workbook([{ name: "Sheet1", rows: [] }]));
  put("budget", workbook([budgetSheet]));

  const layout = unitRows();
  const cellOf = (code: string) => `${RESULT_COLUMN}${layout.rowOf[code]! + 1}`;
  // A reference to a deleted sheet; a SUM over it caches the error too; a division by zero.
  put(
    "formulaErrors",
    workbook([
      unitSheet({
        values: {
          ...fullValues,
          BUOI_BCV: { error: "#REF!", formula: "#REF!*1" },
          BUOI: { error: "#REF!", formula: `SUM(${cellOf("BUOI_BCV")}:${cellOf("BUOI_TTVCS")})` },
          HNBCV_LUOT: {
            error: "#DIV/0!",
            formula: `${cellOf("HNTT_LUOT")}/(${cellOf("KT_CANHAN")}-${cellOf("KT_CANHAN")})`,
          },
        },
      }),
    ]),
  );

  put(
    "badCounts",
    workbook([
      unitSheet({
        values: {
          ...fullValues,
          // Sessions: -5, 12.5, and the parent their sum would be; listeners: beyond 2^53.
          BUOI_BCV: -5,
          BUOI_TTVCC: 12.5,
          BUOI: -5 + 12.5 + 516 + 104,
          NGHE_CAPUY: 1e20,
          NGHE_TTVCS: "99999999999999999999",
          NGHE: null,
          NGHE_CBDV: null,
          NGHE_QC: null,
        },
      }),
    ]),
  );

  {
    const { rows } = unitRows({ values: { ...fullValues, BUOI_TTVCC: null } });
    const first = cellOf("BUOI_BCV");
    const second = cellOf("BUOI_TTVCC");
    put("mergedValues", workbook([{ name: "TTM-01", rows, merges: [`${first}:${second}`] }]));
  }

  {
    const old = unitRows({
      values: Object.fromEntries(Object.keys(fullValues).map((code) => [code, 9999])),
      period: "Năm 2021",
    });
    const current = unitRows();
    put(
      "hidden",
      workbook([
        { name: "TTM-01 (cũ)", rows: old.rows, state: "hidden" },
        { name: "TTM-01", rows: current.rows, hiddenRows: [current.rowOf.BUOI_TTVCS!] },
      ]),
    );
  }

  put(
    "formulaText",
    workbook([
      unitSheet({
        unit: CORPUS_UNITS.formulaText,
        unitName: "@ĐẢNG ỦY XÃ CÔNG THỨC",
        notes: {
          BUOI_BCV: '=HYPERLINK("http://x","bấm")',
          BUOI_TTVCC: "+84 912 345 678",
          BUOI_CAPUY: "-2+3 buổi ghép",
          BT_KY: "@SUM(A1)",
        },
        extraRows: [
          [null, null, "@SUM(A1)", "buổi", 1],
          [null, null, "=1+1", "buổi", 2],
          [null, null, "+cmd|' /C calc'!A0", "buổi", 3],
          [null, null, '-HYPERLINK("http://x")', "buổi", 4],
        ],
      }),
    ]),
  );

  put("badHierarchy", BAD_HIERARCHY);
  put("hierarchy", GOOD_HIERARCHY);
  // Saved on 10/12, then corrected and sent again on 14/12: the file names sort the other way.
  put(
    "duplicateA",
    workbook([unitSheet({ unit: CORPUS_UNITS.duplicate, unitName: "HUYỆN ỦY CAO LỘC" })], {
      modified: "2022-12-10T08:00:00Z",
    }),
  );
  put(
    "duplicateB",
    workbook(
      [
        unitSheet({
          unit: CORPUS_UNITS.duplicate,
          unitName: "HUYỆN ỦY CAO LỘC",
          values: { ...fullValues, BUOI_CAPUY: 600, BUOI: 1143 },
        }),
      ],
      { modified: "2022-12-14T08:00:00Z" },
    ),
  );
  put(
    "badPeriod",
    workbook([
      unitSheet({
        period: "Quý V/2024",
        title: "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN QUÝ V NĂM 2024",
      }),
    ]),
  );

  {
    const evilRows: Row[] = [["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kết quả"]];
    for (const code of Object.keys(fullValues))
      evilRows.push([null, code, TRAVERSAL_MARKER, null, TRAVERSAL_VALUE]);
    const evil = sheetXml({ name: "x", rows: evilRows });
    put(
      "pathTraversal",
      workbook([unitSheet(), { name: "Ngoài", rows: [], target: "../../evil.xml", xml: evil }], {
        extra: { "../evil.xml": strToU8(evil), "/etc/evil.xml": strToU8(evil) },
      }),
    );
  }

  return Object.fromEntries((Object.keys(BAD) as BadCase[]).map((c) => [c, path(c)])) as Record<
    BadCase,
    string
  >;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? "test/.artifacts/bad");
  for (const [name, file] of Object.entries(await generateBadCorpus(out))) console.log(`${name}\t${file}`);
}
