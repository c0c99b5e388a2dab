import { columnLetter } from "@tonghop/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isXlsxError, type XlsxError } from "../error.js";
import { rawWorkbook } from "../fixtures.js";
import { readWorkbook } from "./read-workbook.js";

const STYLES =
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>` +
  `<fonts count="3"><font><name val="Times New Roman"/></font><font><name val=".VnTime"/></font><font><b/></font></fonts>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="1"/><xf numFmtId="164" fontId="2"/><xf numFmtId="10" fontId="1"/></cellXfs>`;
const SHARED_STRINGS = "<si><t>Số buổi</t></si><si><t>B¸o c¸o</t></si><si><t>Tổng</t></si>";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface CellSpec {
  readonly col: number;
  readonly style: number | undefined;
  readonly type: string | undefined;
  readonly formula: string | undefined;
  readonly value: string | undefined;
  /** How the tag's attributes are written: as Excel writes them, or in another shape a writer may use. */
  readonly writing: Writing;
}

const WRITINGS = ["excel", "reordered", "spaced", "singleQuoted", "extra", "lowerCase", "noRef"] as const;
type Writing = (typeof WRITINGS)[number];

/** A cell's attributes, written as `writing` says. */
function cellAttributes(ref: string, style: number | undefined, type: string | undefined, writing: Writing) {
  const r = writing === "lowerCase" ? ref.toLowerCase() : ref;
  const parts = [
    ...(writing === "noRef" ? [] : [["r", r]]),
    ...(style === undefined ? [] : [["s", String(style)]]),
    ...(type === undefined ? [] : [["t", type]]),
  ];
  if (writing === "reordered") parts.reverse();
  if (writing === "extra") parts.splice(1, 0, ["cm", "1"]);
  const q = writing === "singleQuoted" ? "'" : '"';
  const gap = writing === "spaced" ? "\n  " : " ";
  return (
    parts.map(([name, value]) => `${gap}${name}=${q}${value}${q}`).join("") +
    (writing === "spaced" ? " " : "")
  );
}

/** A sheet's rows in the plain shape Excel writes, or with every element prefixed (`x:row`, `x:c`...). */
function sheetXml(
  rows: readonly { row: number; hidden: boolean; cells: readonly CellSpec[] }[],
  p: string,
): string {
  const body = rows
    .map(({ row, hidden, cells }) => {
      const content = cells
        .map(({ col, style, type, formula, value, writing }) => {
          const attributes = cellAttributes(`${columnLetter(col)}${row}`, style, type, writing);
          const inner =
            (formula === undefined ? "" : `<${p}f>${formula}</${p}f>`) +
            (value === undefined ? "" : `<${p}v>${value}</${p}v>`);
          return inner === "" ? `<${p}c${attributes}/>` : `<${p}c${attributes}>${inner}</${p}c>`;
        })
        .join("");
      return `<${p}row r="${row}" spans="1:9" x14ac:dyDescent="0.25"${hidden ? ` hidden="1"` : ""}>${content}</${p}row>`;
    })
    .join("");
  const ns = p === "" ? `xmlns="${MAIN_NS}"` : `xmlns:${p.slice(0, -1)}="${MAIN_NS}"`;
  return `<?xml version="1.0"?><${p}worksheet ${ns} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
}

const gridOf = (xml: string) =>
  readWorkbook(rawWorkbook([{ name: "S", xml }], { sharedStrings: SHARED_STRINGS, styles: STYLES }))
    .sheets[0]!.grid;

const cell: fc.Arbitrary<CellSpec> = fc.record({
  col: fc.nat({ max: 8 }),
  style: fc.option(fc.oneof(fc.nat({ max: 5 }), fc.constantFrom(123456789, 1234567890, 12345678901)), {
    nil: undefined,
  }),
  type: fc.option(fc.constantFrom("s", "n", "b", "e", "str", "d", "inlineStr", "x"), { nil: undefined }),
  formula: fc.option(fc.constantFrom("SUM(A1:A3)", "A1&amp;B1", ""), { nil: undefined }),
  value: fc.option(
    fc.constantFrom(
      "0",
      "1",
      "2",
      "7",
      "-0",
      "-12",
      "007",
      "3.5",
      "1e3",
      "",
      " 1",
      "&#49;",
      "abc",
      "true",
      "#N/A",
      "2024-06-30",
    ),
    { nil: undefined },
  ),
  writing: fc.constantFrom(...WRITINGS),
});

function thrown(run: () => unknown): XlsxError {
  try {
    run();
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error("nothing thrown");
}

describe("readSheet", () => {
  it("reads the plain shapes Excel and other writers write as it reads the same cells written any other way", () => {
    const rows = fc.array(
      fc.record({
        row: fc.integer({ min: 1, max: 12 }),
        hidden: fc.boolean(),
        cells: fc.array(cell, { maxLength: 6 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(rows, (spec) => {
        const plain = gridOf(sheetXml(spec, ""));
        const prefixed = gridOf(sheetXml(spec, "x:"));
        expect(plain).toEqual(prefixed);
        expect(plain.numberFormats).toEqual(prefixed.numberFormats);
        expect(plain.fonts).toEqual(prefixed.fonts);
      }),
      { numRuns: 300 },
    );
  });

  it("gives a grid that looks, compares and serialises like plain data", () => {
    const grid = gridOf(
      sheetXml(
        [
          {
            row: 1,
            hidden: true,
            cells: [{ col: 0, style: 1, type: "s", formula: undefined, value: "1", writing: "excel" }],
          },
        ],
        "",
      ),
    );
    expect(Object.keys(grid)).toEqual([
      "sheet",
      "origin",
      "values",
      "numberFormats",
      "fonts",
      "merges",
      "hiddenRows",
    ]);
    expect(JSON.parse(JSON.stringify(grid))).toEqual({
      sheet: "S",
      origin: "A1",
      values: [["B¸o c¸o"]],
      numberFormats: [["#,##0"]],
      fonts: [[".VnTime"]],
      merges: [],
      hiddenRows: [0],
    });
    expect({ ...grid }).toEqual(grid);
    // The workbook's named fonts are there for a reader to ask for, not part of the data.
    expect(grid.fontNames).toEqual(["Times New Roman", ".VnTime"]);
  });

  it("reads styles.xml only when fonts or number formats are first asked for, and refuses it then", () => {
    const hostile = rawWorkbook(
      [
        { name: "A", xml: `<sheetData><row r="1"><c r="A1" s="1"><v>5</v></c></row></sheetData>` },
        { name: "B", xml: `<sheetData><row r="1"><c r="A1"><v>6</v></c></row></sheetData>` },
      ],
      { styles: `<!DOCTYPE x [<!ENTITY a "b">]>${STYLES}` },
    );
    const [a, b] = readWorkbook(hostile, { file: "a.xlsx" }).sheets;
    expect(a!.grid.values).toEqual([[5]]);
    expect(b!.grid.values).toEqual([[6]]);
    const error = thrown(() => a!.grid.fonts);
    expect(error.code).toBe("XLSX.DTD");
    expect(error.message).toContain("xl/styles.xml");
    expect(error.file).toBe("a.xlsx");
    // The same refusal at every later ask, from any sheet, whatever it asks for.
    expect(thrown(() => a!.grid.fonts)).toBe(error);
    expect(thrown(() => b!.grid.numberFormats)).toBe(error);
    expect(thrown(() => b!.grid.fontNames)).toBe(error);
  });

  it("refuses styles.xml when the font names are the first thing asked for", () => {
    const hostile = rawWorkbook(
      [{ name: "A", xml: `<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>` }],
      {
        styles: `<!DOCTYPE x [<!ENTITY a "b">]>${STYLES}`,
      },
    );
    const grid = readWorkbook(hostile, { file: "a.xlsx" }).sheets[0]!.grid;
    const error = thrown(() => grid.fontNames);
    expect(error.code).toBe("XLSX.DTD");
    expect(thrown(() => grid.fonts)).toBe(error);
  });

  it("counts styles.xml against the bounds when it is inflated", () => {
    const styles = `${STYLES}<dxfs>${"<dxf/>".repeat(2000)}</dxfs>`;
    const bytes = rawWorkbook(
      [{ name: "S", xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }],
      {
        styles,
      },
    );
    const grid = readWorkbook(bytes, { limits: { maxEntryBytes: 8000 } }).sheets[0]!.grid;
    expect(grid.values).toEqual([[1]]);
    expect(thrown(() => grid.fonts).code).toBe("XLSX.TOO_LARGE");
  });

  it("gives the same fonts and formats when asked for after the workbook is read as when asked at once", () => {
    const bytes = rawWorkbook(
      [
        {
          name: "S",
          xml: `<sheetData><row r="1"><c r="A1" s="1" t="s"><v>1</v></c><c r="B1" s="3"/><c r="C1" s="2"><v>3.5</v></c></row></sheetData>`,
        },
      ],
      { sharedStrings: SHARED_STRINGS, styles: STYLES },
    );
    const early = readWorkbook(bytes).sheets[0]!.grid;
    const earlyFonts = early.fonts;
    const late = readWorkbook(bytes).sheets[0]!.grid;
    readWorkbook(bytes);
    expect(late.numberFormats).toEqual([["#,##0", "0.00%", "#,##0.0"]]);
    // A style whose font has no name gives the default style's font.
    expect(late.fonts).toEqual([[".VnTime", ".VnTime", "Times New Roman"]]);
    expect(late.fonts).toEqual(earlyFonts);
    expect(late.fonts).toBe(late.fonts);
  });

  it("reads a number cell as Number() of its text, however long its digits", () => {
    const numeral = fc
      .tuple(
        fc.boolean(),
        // Whole numbers up to and past the fifteen digits read digit by digit, and leading zeros.
        fc.oneof(
          fc.constantFrom("2147483648", "999999999999999", "1000000000000000", "9007199254740993"),
          fc.integer({ min: 0, max: 2 ** 32 }).map(String),
          fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
          fc.stringMatching(/^0[0-9]{0,10}$/),
        ),
        fc.option(fc.stringMatching(/^\.[0-9]{1,4}$/), { nil: "" }),
        fc.option(fc.constantFrom("E3", "e-2", "x"), { nil: "" }),
      )
      .map(([negative, digits, decimals, tail]) => `${negative ? "-" : ""}${digits}${decimals}${tail}`);
    fc.assert(
      fc.property(fc.array(numeral, { minLength: 1, maxLength: 8 }), (texts) => {
        const cells = texts.map((text, col) => `<c r="${columnLetter(col)}1" s="1"><v>${text}</v></c>`);
        const [values] = gridOf(`<sheetData><row r="1">${cells.join("")}</row></sheetData>`).values;
        texts.forEach((text, col) => {
          const number = Number(text);
          // Text that is no number stays the cell's text; -0 stays -0.
          expect(Object.is(values![col], Number.isNaN(number) ? text : number)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps reading a style index that is not a whole number as it always has", () => {
    const bytes = rawWorkbook(
      [
        {
          name: "S",
          xml: `<sheetData><row r="1"><c r="A1" s="1.5"><v>1</v></c><c r="B1" s="x"><v>2</v></c></row></sheetData>`,
        },
      ],
      { styles: STYLES },
    );
    const grid = readWorkbook(bytes).sheets[0]!.grid;
    // The format is that of the style the whole part names; the font is the default style's.
    expect(grid.numberFormats).toEqual([["#,##0", "General"]]);
    expect(grid.fonts).toEqual([["Times New Roman", "Times New Roman"]]);
  });
});
