import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../grid/index.js";
import { decodeVietnamese } from "../text/index.js";
import { rangeEnds, sheetView } from "./sheet.js";

/** A grid whose fonts count how often they are asked for, as a reader that lays them out lazily. */
function countingGrid(
  values: Grid["values"],
  fonts: NonNullable<Grid["fonts"]>,
  fontNames?: readonly unknown[],
) {
  const asked = { fonts: 0 };
  const grid = (
    fontNames === undefined ? { origin: "A1", values } : { origin: "A1", values, fontNames }
  ) as Grid;
  Object.defineProperty(grid, "fonts", {
    get() {
      asked.fonts++;
      return fonts;
    },
    enumerable: true,
  });
  return { grid, asked };
}

describe("sheetView text", () => {
  it("reads no font for text no font can change: ASCII without lower-case letters", () => {
    const { grid, asked } = countingGrid(
      [["XA0001", " STT ", "1.1", "(%)", 15]],
      [[".VnTimeH", ".VnTime", "VNI-Times", ".VnTimeH", null]],
    );
    const view = sheetView(grid);
    expect([0, 1, 2, 3, 4].map((c) => view.text(0, c))).toEqual(["XA0001", "STT", "1.1", "(%)", "15"]);
    expect(asked.fonts).toBe(0);
  });

  it("reads the font for lower-case ASCII, which a .VnTimeH-style font shows in capitals", () => {
    const { grid, asked } = countingGrid([["Ghi chu", "Ghi chu"]], [[".VnTimeH", "Times New Roman"]]);
    const view = sheetView(grid);
    expect(view.text(0, 0)).toBe("GHI CHU");
    expect(view.text(0, 1)).toBe("Ghi chu");
    expect(asked.fonts).toBe(1);
  });

  it("reads the font for Unicode Vietnamese text, which a legacy font decodes otherwise", () => {
    const text = "Chỉ tiêu";
    const { grid } = countingGrid([[text, text, text]], [[".VnTime", "VNI-Times", "Arial"]]);
    const view = sheetView(grid);
    expect(view.text(0, 0)).toBe(decodeVietnamese(text, { font: ".VnTime" }));
    expect(view.text(0, 0)).not.toBe(text);
    expect(view.text(0, 1)).toBe(decodeVietnamese(text, { font: "VNI-Times" }));
    expect(view.text(0, 2)).toBe(text);
  });

  it("gives every font-free text as the cell's font would decode it", () => {
    const fonts = [".VnTime", ".VnTimeH", ".VnArial NarrowH", "VNI-Times", "Times New Roman", null];
    const fontFree = fc.string({
      unit: fc
        .integer({ min: 0, max: 0x7f })
        .filter((c) => c < 0x61 || c > 0x7a)
        .map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fontFree, fc.constantFrom(...fonts), (text, font) => {
        const view = sheetView({ origin: "A1", values: [[text]], fonts: [[font]] });
        expect(view.text(0, 0)).toBe(decodeVietnamese(text, { font }).normalize("NFC").trim());
      }),
    );
  });

  it("reads no font when the grid's font table holds no legacy font", () => {
    const text = "Chỉ tiêu";
    const { grid, asked } = countingGrid(
      [[text, "Ghi chu"]],
      [["Arial", "Times New Roman"]],
      ["Arial", "Times New Roman"],
    );
    const view = sheetView(grid);
    expect([view.text(0, 0), view.text(0, 1)]).toEqual([text, "Ghi chu"]);
    expect(asked.fonts).toBe(0);
  });

  it("reads the fonts when the font table holds a legacy font, or is not a list of names", () => {
    const text = "Chỉ tiêu";
    const fonts = [[".VnTime", "Arial"]];
    for (const names of [["Arial", ".VnTime"], ["Arial", 7], [null]]) {
      const { grid, asked } = countingGrid([[text, text]], fonts, names);
      const view = sheetView(grid);
      expect(view.text(0, 0)).toBe(decodeVietnamese(text, { font: ".VnTime" }));
      expect(view.text(0, 1)).toBe(text);
      expect(asked.fonts).toBe(1);
    }
    const hostile = {
      origin: "A1",
      values: [[text]],
      fonts: [[".VnTime"]],
      fontNames: "Arial",
    } as unknown as Grid;
    expect(sheetView(hostile).text(0, 0)).toBe(decodeVietnamese(text, { font: ".VnTime" }));
  });

  it("reads the fonts when the sheet's font is a legacy one: a cell without a font takes it", () => {
    const text = "Chỉ tiêu";
    const { grid, asked } = countingGrid([[text, text]], [[null, "Arial"]], ["Arial"]);
    const view = sheetView(grid, ".VnTime");
    expect(view.text(0, 0)).toBe(decodeVietnamese(text, { font: ".VnTime" }));
    expect(view.text(0, 1)).toBe(text);
    expect(asked.fonts).toBe(1);
  });
});

describe("rangeEnds", () => {
  it("gives the two cells split and destructuring with defaults give, colons anywhere", () => {
    const range = fc.stringMatching(/^[A-C1-3:]{0,8}$/);
    fc.assert(
      fc.property(fc.oneof(range, fc.string({ maxLength: 8 })), (text) => {
        const [from = "", to = from] = text.split(":");
        expect(rangeEnds(text)).toEqual([from, to]);
      }),
      { numRuns: 500 },
    );
    expect(rangeEnds("A1:C1")).toEqual(["A1", "C1"]);
    expect(rangeEnds("B2")).toEqual(["B2", "B2"]);
  });
});
