/**
 * A plain description of a workbook to write: what cells hold and how they look. tonghop's own
 * sheets are laid out once in `layout/`; the edges render a spec, @tonghop/xlsx to .xlsx bytes and
 * the add-in through Office.js.
 */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly properties?: { readonly creator?: string; readonly title?: string; readonly created?: Date };
  /** Font for every cell written (Vietnamese administrative documents use Times New Roman). */
  readonly font?: { readonly name?: string; readonly size?: number };
}

export interface SheetSpec {
  readonly name: string;
  /** Cells row by row from `origin`; a plain value is shorthand for `{ value }`, undefined/null an empty cell. */
  readonly rows: readonly (readonly CellInput[])[];
  /** A1 address of `rows[0][0]`; default `A1`. */
  readonly origin?: string;
  /** Column widths in characters, from column A; undefined leaves a column's default. */
  readonly columnWidths?: readonly (number | undefined)[];
  /** Rows and columns kept in view when scrolling (frozen panes). */
  readonly frozen?: { readonly rows?: number; readonly cols?: number };
  /** Print setup; default A4 landscape, fit to one page wide. `false` leaves Excel's defaults. */
  readonly print?: PrintSpec | false;
  readonly validations?: readonly ValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** A1 range of a filter row (`A1:H1`). */
  readonly autoFilter?: string;
  readonly hidden?: boolean;
  /** Hex colour of the sheet tab, `RRGGBB`. */
  readonly tabColor?: string;
}

export type CellInput = CellSpec | string | number | boolean | Date | null | undefined;

export interface CellSpec {
  /** A string is always written as text, whatever it starts with (`=`, `+`, `-`, `@`). */
  readonly value?: string | number | boolean | Date | null;
  /** A formula, with or without its leading `=`. */
  readonly formula?: string;
  /** The formula's cached result, shown by viewers that do not recalculate. */
  readonly result?: string | number | boolean;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  /** Text colour, hex `RRGGBB`. */
  readonly color?: string;
  /** Solid fill colour, hex `RRGGBB`. */
  readonly fill?: string;
  readonly align?: "left" | "center" | "right";
  readonly verticalAlign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  /** A border on all four sides; `true` is thin. */
  readonly border?: boolean | "thin" | "medium";
  /** The A1 range this cell heads, merged into one (`A1:J1`). */
  readonly merge?: string;
  /** A note (comment) on the cell. */
  readonly note?: string;
}

export interface PrintSpec {
  readonly orientation?: "landscape" | "portrait";
  readonly paper?: "A4" | "A3";
  /** Scale to one page wide (any number of pages tall); default true. */
  readonly fitToWidth?: boolean;
  /** Rows repeated at the top of each printed page, `1:6`. */
  readonly repeatRows?: string;
}

export interface ValidationSpec {
  /** A1 range (`E12:E40`) or cell. */
  readonly range: string;
  readonly type: "list" | "whole" | "decimal" | "date" | "textLength";
  /** Choices of a `list`. */
  readonly list?: readonly string[];
  readonly operator?:
    | "between"
    | "notBetween"
    | "equal"
    | "notEqual"
    | "greaterThan"
    | "lessThan"
    | "greaterThanOrEqual"
    | "lessThanOrEqual";
  readonly min?: number;
  readonly max?: number;
  readonly allowBlank?: boolean;
  /** Message shown when a value is refused. */
  readonly error?: string;
  /** Message shown when the cell is selected. */
  readonly prompt?: string;
}

export type ConditionalFormatSpec =
  | {
      readonly range: string;
      readonly kind: "cellIs";
      readonly operator: "equal" | "greaterThan" | "lessThan" | "between";
      readonly values: readonly (string | number)[];
      /** Fill colour, hex `RRGGBB`. */
      readonly fill: string;
      readonly color?: string;
    }
  | {
      readonly range: string;
      readonly kind: "expression";
      /** A formula relative to the range's top-left cell, with or without `=`. */
      readonly formula: string;
      readonly fill: string;
      readonly color?: string;
    };
