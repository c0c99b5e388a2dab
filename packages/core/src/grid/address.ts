/** A1 addresses <-> zero-based (row, column). */

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The top-left of a sheet, where every report's figures sit: their addresses are made once. */
const SHARED_ROWS = 1024;
const SHARED_COLS = 64;
/** By row, the addresses of its first SHARED_COLS cells, made when the row is first asked for. */
const sharedAddresses: (readonly string[] | undefined)[] = [];

/**
 * A cell's A1 address. Within the top-left 1024 × 64 cells the same string is given every time:
 * each value a report reads keeps its cell's address, and at national scale making a new string
 * for each was thousands of reports × a hundred values, all alive until the totals are made.
 */
export function toA1(position: CellPosition): string {
  const { row, col } = position;
  const shared = Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0;
  if (shared && row < SHARED_ROWS && col < SHARED_COLS) {
    let line = sharedAddresses[row];
    if (line === undefined) {
      const made: string[] = [];
      for (let c = 0; c < SHARED_COLS; c++) made.push(`${columnLetter(c)}${row + 1}`);
      sharedAddresses[row] = line = made;
    }
    return line[col]!;
  }
  return `${columnLetter(col)}${row + 1}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function fromA1(address: string): CellPosition {
  const match = A1.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]!) };
}

/** The sheet address of `values[row][col]` of a grid whose top-left cell is `origin`. */
export function gridCellAddress(origin: string, row: number, col: number): string {
  const start = fromA1(origin);
  return toA1({ row: start.row + row, col: start.col + col });
}
