import { type CellEdit, fromA1, toA1 } from "@tonghop/core";
import { payloadBytes } from "./session.js";

/** What one cell receives through `range.formulas`: a formula, a number, text, or "" to clear. */
export type CellInput = string | number | boolean;

/** A rectangle of adjacent cells written with one assignment. */
export interface Block {
  /** Zero-based sheet row and column of the top-left cell. */
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellInput[])[];
}

/** A1 address of a block (`E12:E15`). */
export function blockAddress(block: Block): string {
  const start = toA1({ row: block.row, col: block.col });
  const height = block.cells.length;
  const width = block.cells[0]?.length ?? 0;
  if (height === 1 && width === 1) return start;
  return `${start}:${toA1({ row: block.row + height - 1, col: block.col + width - 1 })}`;
}

/**
 * Text as Excel must store it. Text that begins like a formula (=, +, -, @) gets Excel's quote
 * prefix so a unit's text is never run as a formula; so does text Excel would turn into a number,
 * date or truth value (an STT "4.1" or "1.10", a code "2024"), which must come back as written.
 */
export function textInput(text: string): string {
  const formulaLike = /^[=+\-@]/.test(text);
  const convertible = /^[\s\d.,/:%-]*\d[\s\d.,/:%-]*$/.test(text) || /^(?:true|false)$/i.test(text);
  return formulaLike || convertible ? `'${text}` : text;
}

/** The `range.formulas` input for an edit: the formula tonghop wrote, or the value as data. */
export function editInput(edit: CellEdit): CellInput | undefined {
  if (edit.formula !== undefined) return edit.formula;
  if (edit.value === undefined) return undefined;
  if (edit.value === null) return "";
  return typeof edit.value === "string" ? textInput(edit.value) : edit.value;
}

interface Positioned<T> {
  readonly row: number;
  readonly col: number;
  readonly value: T;
}

/**
 * Groups cells into rectangles: runs of adjacent cells in a row, then runs of the same span in
 * consecutive rows (a column of totals `E12:E15` is one block). The last write to a cell wins.
 */
export function groupBlocks<T>(
  cells: readonly Positioned<T>[],
): { row: number; col: number; cells: T[][] }[] {
  const byCell = new Map<string, Positioned<T>>();
  for (const cell of cells) byCell.set(`${cell.row}:${cell.col}`, cell);
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const runs: { row: number; col: number; values: T[] }[] = [];
  for (const cell of sorted) {
    const last = runs.at(-1);
    if (last && last.row === cell.row && last.col + last.values.length === cell.col)
      last.values.push(cell.value);
    else runs.push({ row: cell.row, col: cell.col, values: [cell.value] });
  }

  const blocks: { row: number; col: number; cells: T[][] }[] = [];
  const open = new Map<string, { row: number; col: number; cells: T[][] }>();
  for (const run of runs) {
    const key = `${run.col}:${run.values.length}`;
    const block = open.get(key);
    if (block && block.row + block.cells.length === run.row) {
      block.cells.push(run.values);
    } else {
      const fresh = { row: run.row, col: run.col, cells: [run.values] };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}

/** The content blocks (`range.formulas`) and number-format blocks (`range.numberFormat`) of a list of edits. */
export function planWrites(edits: readonly CellEdit[]): { content: Block[]; formats: Block[] } {
  const content: Positioned<CellInput>[] = [];
  const formats: Positioned<CellInput>[] = [];
  for (const edit of edits) {
    const { row, col } = fromA1(edit.cell);
    const input = editInput(edit);
    if (input !== undefined) content.push({ row, col, value: input });
    if (edit.numberFormat !== undefined) formats.push({ row, col, value: edit.numberFormat });
  }
  return { content: groupBlocks(content), formats: groupBlocks(formats) };
}

/** Office.js sends the address and the matrix of each assignment; this is its size in bytes. */
export function blockBytes(block: Block): number {
  return payloadBytes(block.cells) + blockAddress(block).length + 64;
}

/** Splits blocks into batches whose estimated size stays under `limitBytes`; a block too large alone is cut by rows. */
export function chunkBlocks(blocks: readonly Block[], limitBytes: number): Block[][] {
  const pieces: Block[] = [];
  for (const block of blocks) {
    if (blockBytes(block) <= limitBytes || block.cells.length === 1) {
      pieces.push(block);
      continue;
    }
    // A block alone over the limit: cut it into runs of whole rows, measuring each row once.
    const overhead = blockAddress(block).length + 66;
    let start = 0;
    let size = overhead;
    block.cells.forEach((cells, i) => {
      const bytes = payloadBytes(cells) + 1;
      if (i > start && size + bytes > limitBytes) {
        pieces.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start, i) });
        start = i;
        size = overhead;
      }
      size += bytes;
    });
    pieces.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start) });
  }
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let size = 0;
  for (const piece of pieces) {
    const bytes = blockBytes(piece);
    if (batch.length > 0 && size + bytes > limitBytes) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(piece);
    size += bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
