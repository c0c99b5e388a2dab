import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN, type XmlScanner } from "../xml/scanner.js";
import { builtInNumberFormat } from "./number-formats.js";
import { scan } from "./parts.js";

/** What a cell's style index (`s`) means to tonghop: its number format code and its font name. */
export interface CellStyles {
  readonly numberFormats: readonly string[];
  readonly fonts: readonly (string | null)[];
}

/**
 * A workbook's styles.xml, read only as far as asked. The schema puts the font table (`fonts`)
 * before the cell formats (`cellXfs`), and a report's reader often needs only the table: when no
 * font in it is a legacy one, no cell's font matters.
 */
export interface WorkbookStyles {
  /** The named fonts of the font table, in order: the part is read up to the table's end. */
  fontNames(): readonly string[];
  /** The number format and font of each style index: the whole part is read. */
  cellStyles(): CellStyles;
}

const XF_ATTRIBUTES = ["numFmtId", "fontId"];

/**
 * Reads `numFmts`, the font table (`fonts`, name only) and `cellXfs` (numFmtId, fontId) from
 * styles.xml, as far as each question needs. Only the first `fonts` is the table (the schema
 * allows one), in both answers. A part that cannot be read throws when the scan reaches the fault.
 */
export function readStyles(xml: string | undefined, part: string, file?: string): WorkbookStyles {
  return new StylesScan(xml === undefined ? undefined : scan(xml, part, file));
}

/** Where the scan is in the font table. */
const BEFORE_TABLE = 0;
const IN_TABLE = 1;
const AFTER_TABLE = 2;

class StylesScan implements WorkbookStyles {
  private readonly customFormats = new Map<number, string>();
  /** The font table by font id; null for a font without a name. */
  private readonly fonts: (string | null)[] = [];
  private readonly xfs: { numFmtId: number; fontId: number }[] = [];
  private readonly xfAttributes: (string | undefined)[] = [undefined, undefined];
  private section = "";
  private inFont = false;
  private table = BEFORE_TABLE;
  private named: string[] | undefined;
  private styles: CellStyles | undefined;

  constructor(private scanner: XmlScanner | undefined) {}

  fontNames(): readonly string[] {
    while (this.table !== AFTER_TABLE && this.step());
    this.named ??= this.fonts.filter((font) => font !== null);
    return this.named;
  }

  cellStyles(): CellStyles {
    if (this.styles === undefined) {
      while (this.step());
      const { xfs, fonts, customFormats } = this;
      if (xfs.length === 0) xfs.push({ numFmtId: 0, fontId: 0 });
      this.styles = {
        numberFormats: xfs.map((xf) => customFormats.get(xf.numFmtId) ?? builtInNumberFormat(xf.numFmtId)),
        fonts: xfs.map((xf) => fonts[xf.fontId] ?? null),
      };
    }
    return this.styles;
  }

  /** Reads one tag; false at the end of the part (the scanner is then let go). */
  private step(): boolean {
    const sc = this.scanner;
    if (sc === undefined || !sc.next()) {
      this.scanner = undefined;
      this.table = AFTER_TABLE;
      return false;
    }
    const name = sc.name;
    const opens = sc.kind === OPEN;
    const closes = sc.kind === CLOSE;
    if (name === "numFmts" || name === "cellXfs") {
      this.section = opens ? name : "";
    } else if (name === "fonts") {
      if (this.table === BEFORE_TABLE) {
        this.section = opens ? name : "";
        this.table = opens ? IN_TABLE : AFTER_TABLE;
      } else if (this.table === IN_TABLE && closes) {
        this.section = "";
        this.table = AFTER_TABLE;
      }
    } else if (this.section === "numFmts" && name === "numFmt" && !closes) {
      const id = Number(sc.attr("numFmtId"));
      const code = sc.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) this.customFormats.set(id, detached(code));
    } else if (this.section === "fonts" && name === "font") {
      if (opens) {
        this.inFont = true;
        this.fonts.push(null);
      } else if (sc.kind === EMPTY) this.fonts.push(null);
      else this.inFont = false;
    } else if (this.section === "fonts" && this.inFont && name === "name" && !closes) {
      const font = sc.attr("val");
      this.fonts[this.fonts.length - 1] = font === undefined ? null : detached(font);
    } else if (this.section === "cellXfs" && name === "xf" && !closes) {
      sc.attrs(XF_ATTRIBUTES, this.xfAttributes);
      this.xfs.push({
        numFmtId: Number(this.xfAttributes[0] ?? 0),
        fontId: Number(this.xfAttributes[1] ?? 0),
      });
    }
    return true;
  }
}
