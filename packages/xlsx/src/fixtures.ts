/**
 * Test fixtures: hand-assembled .xlsx archives, part by part, for what ExcelJS never writes
 * (inline strings, shared formulas, hostile XML) and for broken archives.
 */
import ExcelJS from "exceljs";
import { strToU8, type Zippable, zipSync } from "fflate";

export interface RawSheet {
  readonly name: string;
  /** The content of `<worksheet>`, or the whole part when it starts with `<?xml`. */
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface RawWorkbookOptions {
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly core?: string;
  readonly workbookType?: string;
  readonly extra?: Readonly<Record<string, Uint8Array | string>>;
  /** More `<Relationship>` elements for the workbook part. */
  readonly workbookRels?: string;
  /** Replaces the `<workbook>` element's children before `<sheets>`. */
  readonly workbookPr?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function rawWorkbook(sheets: readonly RawSheet[], options: RawWorkbookOptions = {}): Uint8Array {
  const files: Zippable = {};
  const put = (name: string, text: string | Uint8Array) => {
    files[name] = typeof text === "string" ? strToU8(text) : text;
  };
  const mainType =
    options.workbookType ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${mainType}"/></Types>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const sheetEls = sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`,
    )
    .join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${NS} ${R_NS}>${options.workbookPr ?? ""}<sheets>${sheetEls}</sheets></workbook>`,
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (options.workbookRels !== undefined) rels.push(options.workbookRels);
  if (options.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    put("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}>${options.sharedStrings}</sst>`);
  }
  if (options.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    put("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}>${options.styles}</styleSheet>`);
  }
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  sheets.forEach((s, i) => {
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.xml.startsWith("<?xml")
        ? s.xml
        : `<?xml version="1.0"?><worksheet ${NS} ${R_NS}>${s.xml}</worksheet>`,
    );
  });
  if (options.core !== undefined) put("docProps/core.xml", options.core);
  for (const [name, content] of Object.entries(options.extra ?? {})) put(name, content);
  return zipSync(files, { level: 6 });
}

/** A workbook made with ExcelJS by `build`, as bytes. */
export async function excelJsWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** 8: `data` is raw deflate; 0: stored. */
  readonly method: 0 | 8;
  /** The uncompressed size the headers claim; a zip bomb lies here. */
  readonly declaredSize: number;
}

/** A zip written field by field, so a test can make headers lie. CRCs are zero: tonghop does not check them. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A raw deflate stream that inflates to about `size` spaces, written directly with the fixed
 * Huffman code (one literal, then "copy 258 bytes from distance 1" over and over: 13 bits per 258
 * bytes), so a test can make a large bomb in milliseconds without holding its output.
 */
export function deflateBomb(size: number): Uint8Array {
  const copies = Math.ceil(size / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const lsbFirst = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const msbFirst = (code: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, bit++) if ((code >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  lsbFirst(1, 1); // final block
  lsbFirst(1, 2); // fixed Huffman codes
  msbFirst(0x30 + 0x20, 8); // literal " "
  for (let i = 0; i < copies; i++) {
    msbFirst(0b11000101, 8); // length 258 (symbol 285)
    msbFirst(0, 5); // distance 1
  }
  msbFirst(0, 7); // end of block
  return out;
}
