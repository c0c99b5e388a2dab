import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPartMemory } from "../archive/part-memory.js";
import { isXlsxError } from "../error.js";
import { rawWorkbook } from "../fixtures.js";
import { readWorkbook } from "./read-workbook.js";

/** Reading anything either gives a workbook or throws an XlsxError: never another error, never a hang. */
function readsOrRefuses(bytes: Uint8Array): void {
  try {
    const workbook = readWorkbook(bytes, { limits: { maxCells: 10_000 } });
    for (const sheet of workbook.sheets) {
      const width = sheet.grid.values[0]?.length ?? 0;
      for (const row of sheet.grid.values) expect(row.length).toBe(width);
    }
  } catch (error) {
    if (!isXlsxError(error)) throw error;
  }
}

const base = rawWorkbook(
  [
    {
      name: "S",
      xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1061</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">B1*2</f><v>2122</v></c></row><row r="2" hidden="1"><c r="C2"><f t="shared" si="0"/><v>0</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>`,
    },
  ],
  {
    sharedStrings: "<si><t>Số buổi</t></si>",
    styles: `<fonts><font><name val=".VnTime"/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="0"/></cellXfs>`,
  },
);

describe("readWorkbook on arbitrary input", () => {
  it("refuses or reads damaged archives (bytes changed, cut, or random)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        fc.nat({ max: base.length }),
        (changes, cut) => {
          const bytes = base.slice(0, Math.max(cut, base.length - 64));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          readsOrRefuses(bytes);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), readsOrRefuses), { numRuns: 200 });
  });

  it("reads the same with a part memory as without, damaged archives included", () => {
    // Everything a read gives, getters and font names included, or the XlsxError it throws.
    const outcome = (read: () => ReturnType<typeof readWorkbook>): unknown => {
      try {
        const workbook = read();
        return JSON.parse(
          JSON.stringify({ workbook, fontNames: workbook.sheets.map((sheet) => sheet.grid.fontNames) }),
        );
      } catch (error) {
        if (!isXlsxError(error)) throw error;
        return { code: error.code, message: error.message, messageEn: error.messageEn };
      }
    };
    const memory = createPartMemory();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 4,
        }),
        (changes) => {
          const bytes = base.slice();
          for (const [at, value] of changes) bytes[at] = value;
          const limits = { maxCells: 10_000 };
          const without = outcome(() => readWorkbook(bytes, { limits }));
          // Met twice, the parts are kept; the third read takes them from the memory.
          for (let i = 0; i < 3; i++) {
            expect(outcome(() => readWorkbook(bytes, { limits, partMemory: memory }))).toEqual(without);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses or reads arbitrary sheet XML", () => {
    const piece = fc.constantFrom(
      "<row>",
      '<row r="3">',
      '<row r="x" hidden="1">',
      "</row>",
      "<c>",
      '<c r="B2" t="s">',
      '<c r="ZZZZ9" t="b">',
      '<c r="A0" s="99" t="e">',
      '<c t="inlineStr">',
      '<c t="d">',
      "</c>",
      "<c/>",
      "<v>1</v>",
      "<v>abc</v>",
      "<v>2024-13-45</v>",
      '<f t="shared" si="0"/>',
      '<f t="shared" ref="A1:A9" si="0">SUM(A1:B$2)+\'x\'!C3</f>',
      "<f>1/0</f>",
      "<is><t>x&amp;y</t></is>",
      "<t>",
      "</t>",
      '<mergeCell ref="A1:B2"/>',
      "&#xFFFFFF;",
      "<![CDATA[<",
      "<!-- x",
      "<",
      ">",
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        readsOrRefuses(rawWorkbook([{ name: "S", xml: `<sheetData>${pieces.join("")}</sheetData>` }]));
      }),
      { numRuns: 300 },
    );
  });
});
