import { deflateSync, inflateSync, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isXlsxError, type XlsxError } from "../error.js";
import { deflateBomb, rawWorkbook, rawZip } from "../fixtures.js";
import { defaultReadLimits } from "../limits.js";
import { readWorkbook } from "../read/read-workbook.js";
import { openArchive } from "./open-archive.js";

function errorOf(run: () => unknown): XlsxError {
  try {
    run();
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error("expected an XlsxError");
}

const small = rawWorkbook([
  { name: "S", xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>` },
]);

/** An OLE2 compound file header followed by a directory entry name in UTF-16LE, as Office writes them. */
function ole2(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const bytes = new Uint8Array(1536);
  bytes.set(header);
  bytes.set(name, 1024);
  return bytes;
}

describe("openArchive and readWorkbook on broken and hostile files", () => {
  it("refuses a zip bomb while inflating, whatever its headers claim, without allocating past the bound", () => {
    const sample = inflateSync(deflateBomb(10_000));
    expect(sample.length).toBeGreaterThanOrEqual(10_000);
    expect(sample.every((b) => b === 0x20)).toBe(true);
    // 512 MB of spaces in 3.3 MB of deflate; the headers claim 1,000 bytes.
    const bomb = deflateBomb(512 * 1024 * 1024);
    const parts = unzipSync(small);
    const bytes = rawZip(
      Object.entries(parts).map(([name, data]) =>
        name === "xl/worksheets/sheet1.xml"
          ? { name, data: bomb, method: 8, declaredSize: 1000 }
          : { name, data: deflateSync(data), method: 8, declaredSize: data.length },
      ),
    );
    const started = performance.now();
    const before = process.memoryUsage().arrayBuffers;
    const error = errorOf(() =>
      readWorkbook(bytes, { file: "bom.xlsx", limits: { maxEntryBytes: 1024 * 1024 } }),
    );
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(error.code).toBe("XLSX.TOO_LARGE");
    expect(error.message).toMatch(/bom\.xlsx.*quá lớn/);
    // Inflating it all would take seconds and 512 MB.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(grown).toBeLessThan(16 * 1024 * 1024);
    // The default bounds refuse it too.
    expect(errorOf(() => readWorkbook(bytes)).code).toBe("XLSX.TOO_LARGE");
  });

  it("refuses at once an entry whose declared size is over the bound", () => {
    const bytes = rawZip([
      { name: "xl/workbook.xml", data: deflateBomb(1000), method: 8, declaredSize: 2 ** 31 },
    ]);
    expect(errorOf(() => readWorkbook(bytes)).code).toBe("XLSX.TOO_LARGE");
  });

  it("counts every part against the total bound", () => {
    const bytes = rawWorkbook([{ name: "S", xml: "<sheetData/>" }], { sharedStrings: " ".repeat(300_000) });
    expect(errorOf(() => readWorkbook(bytes, { limits: { maxUncompressedBytes: 200_000 } })).code).toBe(
      "XLSX.TOO_LARGE",
    );
    expect(readWorkbook(bytes).sheets).toHaveLength(1);
  });

  it("refuses a file over the compressed size bound and an archive with too many entries", () => {
    expect(errorOf(() => readWorkbook(small, { limits: { maxCompressedBytes: 100 } })).code).toBe(
      "XLSX.TOO_LARGE",
    );
    expect(errorOf(() => readWorkbook(small, { limits: { maxEntries: 3 } })).code).toBe("XLSX.TOO_LARGE");
  });

  it("says what a file is when it is not a zip", () => {
    expect(
      errorOf(() => readWorkbook(strToU8("Mã,Tên đơn vị\n01,Huyện ủy"), { file: "a.csv" })),
    ).toMatchObject({
      code: "XLSX.NOT_ZIP",
      file: "a.csv",
    });
    expect(errorOf(() => readWorkbook(new Uint8Array(0))).code).toBe("XLSX.NOT_ZIP");
    const xls = errorOf(() => readWorkbook(ole2("Workbook"), { file: "bc.xls" }));
    expect(xls.code).toBe("XLSX.OLD_XLS");
    expect(xls.message).toMatch(/\.xlsx/);
    expect(xls.message).toMatch(/bc\.xls/);
    expect(xls.messageEn).toMatch(/Save As/);
    expect(errorOf(() => readWorkbook(ole2("EncryptionInfo"))).code).toBe("XLSX.ENCRYPTED");
  });

  it("refuses a truncated zip", () => {
    expect(errorOf(() => readWorkbook(small.subarray(0, small.length - 30))).code).toBe("XLSX.CORRUPT");
    expect(errorOf(() => readWorkbook(small.subarray(0, 200))).code).toBe("XLSX.CORRUPT");
  });

  it("refuses damaged deflate data", () => {
    const damaged = small.slice();
    const at = damaged.length - 400;
    for (let i = at; i < at + 40; i++) damaged[i] = 0xff;
    expect(["XLSX.CORRUPT", "XLSX.NOT_WORKBOOK"]).toContain(errorOf(() => readWorkbook(damaged)).code);
  });

  it("refuses a zip that is not a workbook", () => {
    const docx = zipSync({
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      "word/document.xml": strToU8(`<w:document xmlns:w="x"/>`),
    });
    expect(errorOf(() => readWorkbook(docx)).code).toBe("XLSX.NOT_WORKBOOK");
    expect(errorOf(() => readWorkbook(zipSync({ "ngan-sach.txt": strToU8("budget") }))).code).toBe(
      "XLSX.NOT_WORKBOOK",
    );
  });

  it("never uses entry names that could mean a path outside the archive", () => {
    const bytes = zipSync({
      "../evil.xml": strToU8("<x/>"),
      "/abs.xml": strToU8("<x/>"),
      "a\\b.xml": strToU8("<x/>"),
      "C:/x.xml": strToU8("<x/>"),
      "xl/ok.xml": strToU8("<x/>"),
    });
    expect(openArchive(bytes, defaultReadLimits).names).toEqual(["xl/ok.xml"]);
  });

  it("reads stored (uncompressed) entries", () => {
    const bytes = zipSync({ "a.xml": [strToU8("<a>xin chào</a>"), { level: 0 }] });
    expect(openArchive(bytes, defaultReadLimits).text("a.xml")).toBe("<a>xin chào</a>");
  });
});

describe("a caller's inflater (ReadOptions.inflateRaw)", () => {
  const parts = unzipSync(small);

  it("is given each deflated part with the room left and the declared size, and its bytes are read", () => {
    const calls: { maxBytes: number; expectedBytes: number }[] = [];
    const workbook = readWorkbook(small, {
      limits: { maxEntryBytes: 50_000 },
      inflateRaw: (compressed, maxBytes, expectedBytes) => {
        calls.push({ maxBytes, expectedBytes });
        return inflateSync(compressed);
      },
    });
    expect(workbook).toEqual(readWorkbook(small));
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.every((c) => c.maxBytes === 50_000)).toBe(true);
    expect(calls.map((c) => c.expectedBytes)).toContain(parts["xl/workbook.xml"]!.length);
  });

  it("undefined, or more bytes than the room, refuses the part as too large; a throw as damaged", () => {
    expect(errorOf(() => readWorkbook(small, { file: "a.xlsx", inflateRaw: () => undefined }))).toMatchObject(
      {
        code: "XLSX.TOO_LARGE",
        file: "a.xlsx",
      },
    );
    const ignoresBound = () => new Uint8Array(2000);
    expect(
      errorOf(() => readWorkbook(small, { limits: { maxEntryBytes: 1000 }, inflateRaw: ignoresBound })).code,
    ).toBe("XLSX.TOO_LARGE");
    const damaged = errorOf(() =>
      readWorkbook(small, {
        inflateRaw: () => {
          throw new Error("invalid distance too far back");
        },
      }),
    );
    expect(damaged.code).toBe("XLSX.CORRUPT");
    expect(damaged.messageEn).toMatch(/invalid distance too far back/);
  });
});
