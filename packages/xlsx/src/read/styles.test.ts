import { describe, expect, it } from "vitest";
import { isXlsxError } from "../error.js";
import { readStyles } from "./styles.js";

const FONTS =
  `<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font>` +
  `<font><name val=".VnTime"/></font></fonts>`;
const CELL_XFS = `<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="2"/><xf numFmtId="3" fontId="1"/></cellXfs>`;
const NUM_FMTS = `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>`;
const sheet = (body: string) => `<?xml version="1.0"?><styleSheet xmlns="x">${body}</styleSheet>`;

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (isXlsxError(error)) return error.code;
    throw error;
  }
  throw new Error("not refused");
}

describe("readStyles", () => {
  it("gives the font table's named fonts, and each style's number format and font", () => {
    const styles = readStyles(sheet(NUM_FMTS + FONTS + CELL_XFS), "xl/styles.xml");
    expect(styles.fontNames()).toEqual(["Calibri", ".VnTime"]);
    expect(styles.cellStyles()).toEqual({
      numberFormats: ["General", "#,##0.0", "#,##0"],
      fonts: ["Calibri", ".VnTime", null],
    });
  });

  it("reads no further than the font table for the font names", () => {
    // What follows the table is refused, but only when the cell formats are asked for.
    const styles = readStyles(sheet(`${FONTS}<!ENTITY a "b">${CELL_XFS}`), "xl/styles.xml", "a.xlsx");
    expect(styles.fontNames()).toEqual(["Calibri", ".VnTime"]);
    expect(refusal(() => styles.cellStyles())).toBe("XLSX.DTD");
  });

  it("refuses a DTD before the font table when the font names are asked for", () => {
    const styles = readStyles(`<!DOCTYPE x [<!ENTITY a "b">]>${sheet(FONTS)}`, "xl/styles.xml");
    expect(refusal(() => styles.fontNames())).toBe("XLSX.DTD");
  });

  it("takes the first font table only, whichever is asked first", () => {
    const xml = sheet(`${FONTS}${CELL_XFS}<fonts><font><name val="VNI-Times"/></font></fonts>`);
    const namesFirst = readStyles(xml, "xl/styles.xml");
    expect(namesFirst.fontNames()).toEqual(["Calibri", ".VnTime"]);
    expect(namesFirst.cellStyles().fonts).toEqual(["Calibri", ".VnTime", null]);
    const stylesFirst = readStyles(xml, "xl/styles.xml");
    expect(stylesFirst.cellStyles().fonts).toEqual(["Calibri", ".VnTime", null]);
    expect(stylesFirst.fontNames()).toEqual(["Calibri", ".VnTime"]);
  });

  it("reads cell formats written before the font table as well", () => {
    const styles = readStyles(sheet(CELL_XFS + FONTS + NUM_FMTS), "xl/styles.xml");
    expect(styles.fontNames()).toEqual(["Calibri", ".VnTime"]);
    expect(styles.cellStyles().numberFormats).toEqual(["General", "#,##0.0", "#,##0"]);
  });

  it("reads a workbook without styles, or without a font table, as Excel's default style", () => {
    for (const styles of [readStyles(undefined, ""), readStyles(sheet("<fonts/>"), "xl/styles.xml")]) {
      expect(styles.fontNames()).toEqual([]);
      expect(styles.cellStyles()).toEqual({ numberFormats: ["General"], fonts: [null] });
    }
  });
});
