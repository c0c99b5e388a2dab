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

export function toA1(position: CellPosition): string {
  return `${columnLetter(position.col)}${position.row + 1}`;
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
