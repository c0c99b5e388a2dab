import {
  type CellInput,
  type CellSpec,
  columnLetter,
  fromA1,
  type SheetSpec,
  toA1,
  type WorkbookSpec,
} from "@tonghop/core";
import { type Block, groupBlocks, textInput } from "./blocks.js";
import { noteMode } from "./requirements.js";
import { type ExcelSession, payloadBytes } from "./session.js";
import { queueBlocks } from "./write.js";

/** A name not yet used in the workbook: `Tổng hợp`, else `Tổng hợp (2)`… (Excel allows 31 characters). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Estimated bytes of one queued formatting command (its object path, property and value). */
const COMMAND_BYTES = 120;

const asSpec = (input: CellInput): CellSpec | undefined => {
  if (input === undefined || input === null) return undefined;
  if (typeof input === "object" && !(input instanceof Date)) return input;
  return { value: input };
};

/** Excel's serial day number of a date (days since 30/12/1899, local time), as Excel stores dates. */
const excelSerial = (date: Date): number =>
  (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** What a cell receives through `range.formulas`: its formula, else its value, text kept as text. */
export function specInput(cell: CellSpec | undefined): string | number | boolean {
  if (cell === undefined) return "";
  if (cell.formula !== undefined) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  const value = cell.value;
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return textInput(value);
  if (value instanceof Date) return excelSerial(value);
  return value;
}

type Format = Excel.RangeFormat;

/**
 * One formatting property of a cell spec and how it is set on a range. Each distinct value is
 * written once per rectangle of cells that share it, so a column of bordered cells is one command.
 */
const properties: readonly {
  readonly key: (cell: CellSpec) => string | number | undefined;
  readonly apply: (format: Format, value: string | number, multi: { rows: boolean; cols: boolean }) => void;
  readonly commands?: number;
  readonly needs?: "indent";
}[] = [
  {
    key: (c) => c.fill,
    apply: (f, v) => {
      f.fill.color = `#${v}`;
    },
  },
  {
    key: (c) => (c.bold ? 1 : undefined),
    apply: (f) => {
      f.font.bold = true;
    },
  },
  {
    key: (c) => (c.italic ? 1 : undefined),
    apply: (f) => {
      f.font.italic = true;
    },
  },
  {
    key: (c) => (c.underline ? 1 : undefined),
    apply: (f) => {
      f.font.underline = "Single";
    },
  },
  {
    key: (c) => c.fontSize,
    apply: (f, v) => {
      f.font.size = Number(v);
    },
  },
  {
    key: (c) => c.fontName,
    apply: (f, v) => {
      f.font.name = String(v);
    },
  },
  {
    key: (c) => c.color,
    apply: (f, v) => {
      f.font.color = `#${v}`;
    },
  },
  {
    key: (c) => c.align,
    apply: (f, v) => {
      f.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[v as "left"];
    },
  },
  {
    key: (c) => c.verticalAlign,
    apply: (f, v) => {
      f.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[v as "top"];
    },
  },
  {
    key: (c) => (c.wrap ? 1 : undefined),
    apply: (f) => {
      f.wrapText = true;
    },
  },
  {
    key: (c) => c.indent || undefined,
    apply: (f, v) => {
      f.indentLevel = Number(v);
    },
    needs: "indent",
  },
  {
    key: (c) =>
      c.border === undefined || c.border === false ? undefined : c.border === "medium" ? "Medium" : "Thin",
    apply: (f, v, multi) => {
      const edges: (
        | "EdgeTop"
        | "EdgeBottom"
        | "EdgeLeft"
        | "EdgeRight"
        | "InsideHorizontal"
        | "InsideVertical"
      )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      if (multi.rows) edges.push("InsideHorizontal");
      if (multi.cols) edges.push("InsideVertical");
      for (const edge of edges) {
        const border = f.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = v as "Thin" | "Medium";
      }
    },
    commands: 6,
  },
];

/**
 * Queues one sheet of a spec on a new worksheet: content and number formats in contiguous blocks,
 * formatting one command per rectangle of cells alike, then merges, notes (as the host allows),
 * column widths, frozen panes and tab colour. Syncs only when a batch reaches the byte budget.
 */
async function queueSheet(session: ExcelSession, spec: SheetSpec, font: WorkbookSpec["font"]) {
  const { capabilities } = session;
  const sheet = session.context.workbook.worksheets.add(spec.name);
  session.queued(payloadBytes(spec.name) + COMMAND_BYTES);
  const origin = fromA1(spec.origin ?? "A1");
  const cells = spec.rows.map((row) => row.map(asSpec));
  const width = Math.max(1, ...cells.map((row) => row.length));
  const at = (r: number, c: number) => ({ row: origin.row + r, col: origin.col + c });
  const address = (block: { row: number; col: number; cells: unknown[][] }) => {
    const first = toA1({ row: block.row, col: block.col });
    const last = toA1({
      row: block.row + block.cells.length - 1,
      col: block.col + (block.cells[0]?.length ?? 1) - 1,
    });
    return first === last ? first : `${first}:${last}`;
  };

  if (cells.length > 0) {
    const whole = `${toA1(at(0, 0))}:${toA1(at(cells.length - 1, width - 1))}`;
    // The workbook's font on every cell written: Vietnamese administrative documents use Times New Roman.
    if (font?.name) sheet.getRange(whole).format.font.name = font.name;
    if (font?.size) sheet.getRange(whole).format.font.size = font.size;
    session.queued(2 * COMMAND_BYTES);
  }

  const formats = cells.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell?.numberFormat === undefined ? [] : [{ ...at(r, c), value: cell.numberFormat }],
    ),
  );
  await queueBlocks(session, sheet, groupBlocks(formats), "numberFormat");
  const content: Block = {
    ...at(0, 0),
    cells: cells.map((row) => Array.from({ length: width }, (_, c) => specInput(row[c]))),
  };
  if (cells.length > 0) await queueBlocks(session, sheet, [content], "formulas");

  for (const property of properties) {
    if (property.needs === "indent" && !capabilities.indent) continue;
    const byValue = new Map<string | number, { row: number; col: number; value: true }[]>();
    cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const value = cell === undefined ? undefined : property.key(cell);
        if (value === undefined) return;
        const list = byValue.get(value) ?? [];
        list.push({ ...at(r, c), value: true });
        byValue.set(value, list);
      });
    });
    for (const [value, positions] of byValue) {
      for (const block of groupBlocks(positions)) {
        const range = sheet.getRange(address(block));
        property.apply(range.format, value, {
          rows: block.cells.length > 1,
          cols: (block.cells[0]?.length ?? 1) > 1,
        });
        session.queued(COMMAND_BYTES * (property.commands ?? 1));
        await session.flushIfFull();
      }
    }
  }

  const mode = noteMode(capabilities);
  for (const [r, row] of cells.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell?.merge !== undefined && capabilities.layout) {
        sheet.getRange(cell.merge).merge(false);
        session.queued(COMMAND_BYTES);
      }
      if (cell?.note !== undefined && mode !== "none") {
        const target = toA1(at(r, c));
        if (mode === "notes") sheet.notes.add(target, cell.note);
        else sheet.comments.add(target, cell.note);
        session.queued(payloadBytes(cell.note) + COMMAND_BYTES);
      }
      await session.flushIfFull();
    }
  }

  if (capabilities.layout) {
    spec.columnWidths?.forEach((chars, c) => {
      if (chars === undefined) return;
      const letter = columnLetter(origin.col + c);
      // Excel measures column width in points; ~7 points per character of an 11-point font.
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = chars * 7;
      session.queued(COMMAND_BYTES);
    });
  }
  const rows = spec.frozen?.rows ?? 0;
  const cols = spec.frozen?.cols ?? 0;
  if (capabilities.panes) {
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(`A1:${columnLetter(cols - 1)}${rows}`);
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
    if (spec.tabColor) sheet.tabColor = `#${spec.tabColor}`;
    session.queued(2 * COMMAND_BYTES);
  }
  return sheet;
}

/**
 * Writes a {@link WorkbookSpec}, the layout core makes for the CLI's .xlsx too, as new worksheets
 * of the open workbook. Formulas stay live; text, whatever it begins with, stays text. Validations,
 * conditional formats, print setup and filters are the .xlsx writer's alone. No sync of its own
 * while the sheets fit one batch: the caller's closing sync sends them, whatever their size.
 */
export async function queueWorkbook(session: ExcelSession, spec: WorkbookSpec): Promise<Excel.Worksheet[]> {
  const sheets: Excel.Worksheet[] = [];
  for (const sheet of spec.sheets) sheets.push(await queueSheet(session, sheet, spec.font));
  return sheets;
}
