import { deflateSync, inflateSync, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isXlsxError } from "../error.js";
import { rawWorkbook, rawZip } from "../fixtures.js";
import { readWorkbook } from "../read/read-workbook.js";
import { createPartMemory } from "./part-memory.js";

const sheet = (text: string) =>
  `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;

/** An inflater that counts its calls. */
function countingInflater() {
  const counter = {
    calls: 0,
    inflate: (compressed: Uint8Array) => {
      counter.calls++;
      return inflateSync(compressed);
    },
  };
  return counter;
}

describe("createPartMemory", () => {
  const bytes = deflateSync(strToU8("<styleSheet/>"));

  it("keeps a part the second time it is met, and finds it by its bytes", () => {
    const memory = createPartMemory();
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    expect(memory.find(8, 7, bytes, 13)).toBeUndefined();
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    const found = memory.find(8, 7, bytes.slice(), 13);
    expect(found).toMatchObject({ text: "<styleSheet/>", size: 13 });
  });

  it("makes what a reader makes of a kept part once, and keeps no throw", () => {
    const memory = createPartMemory();
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    const part = memory.find(8, 7, bytes, 13)!;
    let reads = 0;
    const length = (text: string) => {
      reads++;
      return text.length;
    };
    expect(part.derived("length", length)).toBe(13);
    expect(memory.find(8, 7, bytes, 13)!.derived("length", length)).toBe(13);
    expect(reads).toBe(1);
    const failing = () => {
      reads++;
      throw new Error("damaged");
    };
    expect(() => part.derived("failing", failing)).toThrow("damaged");
    expect(() => part.derived("failing", failing)).toThrow("damaged");
    expect(reads).toBe(3);
  });

  it("never takes other bytes for a part with the same CRC and sizes", () => {
    const memory = createPartMemory();
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    memory.keep(8, 7, bytes, 13, "<styleSheet/>", 13);
    const other = bytes.slice();
    other[other.length - 1]! ^= 1;
    expect(memory.find(8, 7, other, 13)).toBeUndefined();
  });

  it("does not keep large parts", () => {
    const memory = createPartMemory();
    const large = new Uint8Array(16 * 1024 + 1);
    memory.keep(0, 1, large, large.length, "x", large.length);
    memory.keep(0, 1, large, large.length, "x", large.length);
    expect(memory.find(0, 1, large, large.length)).toBeUndefined();
    memory.keep(8, 2, bytes, 200_000, "y", 200_000);
    memory.keep(8, 2, bytes, 200_000, "y", 200_000);
    expect(memory.find(8, 2, bytes, 200_000)).toBeUndefined();
  });
});

describe("readWorkbook with a part memory", () => {
  it("reads each workbook as without one, inflating the template's parts only until they are kept", () => {
    const memory = createPartMemory();
    const workbooks = ["An", "Bình", "Chi"].map((name) =>
      rawWorkbook([{ name: "TTM-01", xml: sheet(name) }]),
    );
    const counts: number[] = [];
    for (const bytes of [...workbooks, ...workbooks, ...workbooks]) {
      const counter = countingInflater();
      const read = readWorkbook(bytes, { inflateRaw: counter.inflate, partMemory: memory });
      expect(read).toEqual(readWorkbook(bytes));
      counts.push(counter.calls);
    }
    // The first two inflate every part; from then on only the sheet, which each unit has its own,
    // until the sheets too are met again (kept the second time, found the third).
    expect(counts[0]).toBeGreaterThan(1);
    expect(counts[1]).toBe(counts[0]);
    expect(counts.slice(2)).toEqual([1, 1, 1, 1, 0, 0, 0]);
  });

  it("never takes a part for another with the same CRC and sizes", () => {
    const memory = createPartMemory();
    // rawZip writes every CRC as zero; the two sheets' deflate data have the same length.
    const zip = (name: string) => {
      const parts = [
        [
          "_rels/.rels",
          `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ],
        [
          "xl/workbook.xml",
          `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="r1"/></sheets></workbook>`,
        ],
        [
          "xl/_rels/workbook.xml.rels",
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ],
        [
          "xl/worksheets/sheet1.xml",
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheet("x")}</worksheet>`,
        ],
      ] as const;
      return rawZip(
        parts.map(([entry, text]) => {
          const data = strToU8(text);
          return { name: entry, data, method: 0 as const, declaredSize: data.length };
        }),
      );
    };
    const first = zip("Sheet1");
    const second = zip("Sheet2");
    expect(readWorkbook(first, { partMemory: memory }).sheets[0]!.name).toBe("Sheet1");
    expect(readWorkbook(first, { partMemory: memory }).sheets[0]!.name).toBe("Sheet1");
    expect(readWorkbook(second, { partMemory: memory }).sheets[0]!.name).toBe("Sheet2");
  });

  it("counts a remembered part whose declared size lied against the bounds at its true size", () => {
    const memory = createPartMemory();
    const shared = strToU8(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${" ".repeat(100_000)}</sst>`,
    );
    const parts = unzipSync(rawWorkbook([{ name: "S", xml: "<sheetData/>" }], { sharedStrings: "x" }));
    const bytes = rawZip([
      ...Object.entries(parts)
        .filter(([name]) => name !== "xl/sharedStrings.xml")
        .map(([name, data]) => ({ name, data, method: 0 as const, declaredSize: data.length })),
      { name: "xl/sharedStrings.xml", data: deflateSync(shared), method: 8 as const, declaredSize: 10 },
    ]);
    readWorkbook(bytes, { partMemory: memory });
    readWorkbook(bytes, { partMemory: memory });
    expect(() => readWorkbook(bytes, { partMemory: memory, limits: { maxEntryBytes: 80_000 } })).toThrow(
      expect.objectContaining({ code: "XLSX.TOO_LARGE" }),
    );
  });

  it("counts a remembered part against the bounds as if it were inflated again", () => {
    const memory = createPartMemory();
    // Each of the two large parts fits the total bound; both do not.
    const bytes = rawWorkbook([{ name: "S", xml: `<sheetData/>${" ".repeat(60_000)}` }], {
      sharedStrings: " ".repeat(60_000),
    });
    readWorkbook(bytes, { partMemory: memory });
    readWorkbook(bytes, { partMemory: memory });
    for (const limits of [{ maxUncompressedBytes: 100_000 }, { maxEntryBytes: 50_000 }]) {
      let code: string | undefined;
      try {
        readWorkbook(bytes, { partMemory: memory, limits });
      } catch (error) {
        if (isXlsxError(error)) code = error.code;
      }
      expect(code).toBe("XLSX.TOO_LARGE");
    }
  });
});
