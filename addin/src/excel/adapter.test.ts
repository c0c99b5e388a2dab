import type { CellEdit } from "@tonghop/core";
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { queueMarks } from "./marks.js";
import { readSheet, toGrid } from "./read.js";
import { type Capabilities, detectCapabilities, noteMode } from "./requirements.js";
import { ExcelSession } from "./session.js";
import { queueEdits } from "./write.js";

const all: Capabilities = {
  settings: true,
  cellProperties: true,
  comments: true,
  notes: true,
  layout: true,
  panes: true,
  indent: true,
};

/** An office-addin-mock Excel whose active sheet has `rows` rows; every range written is kept. */
function excelWith(rows: number) {
  const values = Array.from({ length: rows }, (_, r) => [`Chỉ tiêu ${r + 1}`, r === 0 ? "" : r * 10]);
  const formulas = values.map((row, r) => (r === rows - 1 ? [row[0], `=SUM(B2:B${rows - 1})`] : row));
  const numberFormat = values.map(() => ["General", "#,##0"]);
  const written: { address: string; formulas?: unknown[][] }[] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Báo cáo",
            id: "{SHEET-1}",
            used: { address: `'Báo cáo'!A1:B${rows}`, values, formulas, numberFormat },
            getUsedRange() {
              return this.used;
            },
            getRange(address: string) {
              const range = new OfficeMockObject({ format: { fill: { color: "" } } });
              // The assignment the adapter makes is what the test reads back.
              const record: { address: string; formulas?: unknown[][] } = { address };
              written.push(record);
              return new Proxy(range, {
                set(target, key, value) {
                  if (key === "formulas") record.formulas = value;
                  return Reflect.set(target, key, value);
                },
              });
            },
          },
          getActiveWorksheet() {
            return this.sheet;
          },
        },
      },
    },
  });
  const context = mock.context as unknown as Excel.RequestContext;
  return {
    context,
    written,
    sheet: (mock.context as unknown as { workbook: { worksheets: { sheet: Excel.Worksheet } } }).workbook
      .worksheets.sheet,
  };
}

describe("reading a sheet", () => {
  it("reads values, formulas and number formats in one sync, for 50 rows as for 5,000", async () => {
    for (const rows of [50, 5000]) {
      const { context, sheet } = excelWith(rows);
      const session = new ExcelSession(context, all);
      const { sheet: read } = await readSheet(session, sheet);
      expect(session.stats.syncs).toBe(1);
      expect(read.name).toBe("Báo cáo");
      expect(read.grid.origin).toBe("A1");
      expect(read.grid.values).toHaveLength(rows);
      expect(read.grid.values[0]).toEqual(["Chỉ tiêu 1", null]);
      expect(read.grid.formulas?.[rows - 1]).toEqual([null, `=SUM(B2:B${rows - 1})`]);
      expect(read.grid.numberFormats?.[1]).toEqual([null, "#,##0"].map((f) => f ?? "General"));
    }
  });

  it("turns Office.js matrices into a Grid at the used range's origin", () => {
    const grid = toGrid(
      "S",
      "'Báo cáo 2024'!$C$5:D6",
      [
        ["a", ""],
        [1, 2],
      ],
      [
        ["a", ""],
        [1, "=C6+1"],
      ],
      [
        ["General", ""],
        ["0", "0"],
      ],
    );
    expect(grid.origin).toBe("C5");
    expect(grid.values).toEqual([
      ["a", null],
      [1, 2],
    ]);
    expect(grid.formulas).toEqual([
      [null, null],
      [null, "=C6+1"],
    ]);
    expect(grid.numberFormats).toEqual([
      ["General", null],
      ["0", "0"],
    ]);
  });
});

describe("writing edits", () => {
  const column = (rows: number): CellEdit[] =>
    Array.from({ length: rows }, (_, r) => ({ cell: `E${r + 2}`, formula: `=SUM(F${r + 2}:H${r + 2})` }));

  it("writes a column of formulas as one assignment, in the caller's one closing sync, whatever its length", async () => {
    for (const rows of [50, 5000]) {
      const { context, sheet, written } = excelWith(rows);
      const session = new ExcelSession(context, all);
      const { blocks } = await queueEdits(session, sheet, column(rows));
      await session.sync();
      expect(blocks).toBe(1);
      expect(written).toHaveLength(1);
      expect(written[0]!.address).toBe(`E2:E${rows + 1}`);
      expect((written[0]!.formulas as string[][])[rows - 1]).toEqual([`=SUM(F${rows + 1}:H${rows + 1})`]);
      expect(session.stats.syncs).toBe(1);
    }
  });

  it("cuts a write larger than the request limit into batches, each under it", async () => {
    const { context, sheet, written } = excelWith(10);
    const limit = 20_000;
    const session = new ExcelSession(context, all, limit);
    await queueEdits(session, sheet, column(5000));
    await session.sync();
    expect(session.stats.syncs).toBeGreaterThan(1);
    expect(session.stats.largestBatchBytes).toBeLessThanOrEqual(limit);
    const rows = written.reduce((n, r) => n + (r.formulas as string[][]).length, 0);
    expect(rows).toBe(5000);
  });
});

describe("requirement sets", () => {
  const upTo = (max: number) => ({
    isSetSupported: (name: string, version = "1.1") =>
      name === "ExcelApi" && Number(version.split(".")[1]) <= max,
  });

  it("uses notes from ExcelApi 1.18, comments from 1.10, and neither below", () => {
    expect(noteMode(detectCapabilities(upTo(18)))).toBe("notes");
    expect(noteMode(detectCapabilities(upTo(12)))).toBe("comments");
    expect(noteMode(detectCapabilities(upTo(9)))).toBe("none");
    expect(detectCapabilities(upTo(8)).cellProperties).toBe(false);
    expect(detectCapabilities(upTo(3))).toEqual({
      settings: false,
      cellProperties: false,
      comments: false,
      notes: false,
      layout: true,
      panes: false,
      indent: false,
    });
  });

  it("marks nothing where the host cannot save the cells' own formatting (ExcelApi 1.3)", async () => {
    const { context, sheet, written } = excelWith(5);
    const session = new ExcelSession(context, detectCapabilities(upTo(3)));
    const marks = new Map([["B2", { severity: "error" as const, note: "Sai" }]]);
    const { result } = await queueMarks(session, sheet, { id: "{SHEET-1}", name: "Báo cáo" }, marks, {
      version: 1,
      sheets: {},
    });
    expect(result).toEqual({ marked: 0, restored: 0, noteMode: "none", supported: false });
    expect(written).toHaveLength(0);
    expect(session.stats.syncs).toBe(0);
  });
});
