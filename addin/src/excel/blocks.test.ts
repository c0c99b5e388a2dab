import { describe, expect, it } from "vitest";
import {
  type Block,
  blockAddress,
  blockBytes,
  chunkBlocks,
  editInput,
  groupBlocks,
  planWrites,
} from "./blocks.js";

describe("contiguous blocks", () => {
  it("writes a column of totals as one block and a gap as two", () => {
    const { content } = planWrites([
      { cell: "E12", formula: "=SUM(E13:E16)" },
      { cell: "E13", value: 1 },
      { cell: "E14", value: 2 },
      { cell: "E20", value: 3 },
    ]);
    expect(content.map(blockAddress)).toEqual(["E12:E14", "E20"]);
    expect(content[0]!.cells).toEqual([["=SUM(E13:E16)"], [1], [2]]);
  });

  it("joins adjacent cells of a row and rows of the same span into one rectangle", () => {
    const cells = [
      { row: 0, col: 0, value: "a" },
      { row: 0, col: 1, value: "b" },
      { row: 1, col: 0, value: "c" },
      { row: 1, col: 1, value: "d" },
      { row: 2, col: 1, value: "e" },
    ];
    const blocks = groupBlocks(cells);
    expect(blocks).toEqual([
      {
        row: 0,
        col: 0,
        cells: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
      { row: 2, col: 1, cells: [["e"]] },
    ]);
  });

  it("lets the last edit of a cell win and keeps number formats apart", () => {
    const { content, formats } = planWrites([
      { cell: "B2", value: 1, numberFormat: "#,##0" },
      { cell: "B2", value: 2 },
    ]);
    expect(content).toEqual([{ row: 1, col: 1, cells: [[2]] }]);
    expect(formats).toEqual([{ row: 1, col: 1, cells: [["#,##0"]] }]);
  });

  it("writes unit text that looks like a formula as text, with Excel's quote prefix", () => {
    expect(editInput({ cell: "A1", value: "=HYPERLINK(1)" })).toBe("'=HYPERLINK(1)");
    expect(editInput({ cell: "A1", value: "+84 912" })).toBe("'+84 912");
    expect(editInput({ cell: "A1", value: "@ban" })).toBe("'@ban");
    expect(editInput({ cell: "A1", value: "Hòa" })).toBe("Hòa");
    expect(editInput({ cell: "A1", value: null })).toBe("");
    expect(editInput({ cell: "A1", formula: "=E1+E2" })).toBe("=E1+E2");
  });
});

describe("chunking under the request limit", () => {
  const column = (rows: number) => ({
    row: 0,
    col: 4,
    cells: Array.from({ length: rows }, (_, i) => [`Lượt người nghe ở điểm cầu số ${i}`]),
  });

  it("keeps a batch that fits whole", () => {
    const batches = chunkBlocks([column(50)], 4_000_000);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(1);
  });

  it("cuts a block too large by rows, every batch under the limit, every cell written once", () => {
    const limit = 10_000;
    const block = column(5_000);
    const batches = chunkBlocks([block], limit);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches)
      expect(batch.reduce((n, b) => n + blockBytes(b), 0)).toBeLessThanOrEqual(limit);
    const written = batches.flat().flatMap((b) => b.cells.map((row, i) => [b.row + i, row[0]]));
    expect(written).toEqual(block.cells.map((row, i) => [i, row[0]]));
  });

  it("packs many small blocks into as few batches as the limit allows", () => {
    const blocks = Array.from({ length: 100 }, (_, i) => ({ row: i * 2, col: 0, cells: [[i]] }));
    const limit = blockBytes(blocks[99]!) * 10;
    const batches = chunkBlocks(blocks, limit);
    const bytes = (batch: readonly Block[]) => batch.reduce((n, b) => n + blockBytes(b), 0);
    expect(batches.flat()).toEqual(blocks);
    batches.forEach((batch, i) => {
      expect(bytes(batch)).toBeLessThanOrEqual(limit);
      // Greedy: the next batch's first block would not have fitted into this one.
      const next = batches[i + 1]?.[0];
      if (next) expect(bytes(batch) + blockBytes(next)).toBeGreaterThan(limit);
    });
    expect(batches.length).toBeLessThanOrEqual(11);
  });
});
