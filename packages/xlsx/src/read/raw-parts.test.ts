import { describe, expect, it } from "vitest";
import { isXlsxError } from "../error.js";
import { rawWorkbook } from "../fixtures.js";
import { resolveTarget } from "./parts.js";
import { readWorkbook } from "./read-workbook.js";

const sheet = (rows: string, extra = "") => ({ name: "S", xml: `<sheetData>${rows}</sheetData>${extra}` });
const grid = (bytes: Uint8Array) => readWorkbook(bytes).sheets[0]!.grid;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isXlsxError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("readWorkbook on hand-made parts", () => {
  it("reads inline strings, formula strings, ISO dates and phonetic-free shared strings", () => {
    const bytes = rawWorkbook(
      [
        sheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>Hội nghị </t><r><t>báo cáo viên</t></r></is></c>` +
            `<c r="B1" t="str"><f>A1&amp;"!"</f><v>Hội nghị báo cáo viên!</v></c>` +
            `<c r="C1" t="d"><v>2024-06-30T00:00:00</v></c>` +
            `<c r="D1" t="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c></row>`,
        ),
      ],
      {
        sharedStrings:
          `<si><r><t xml:space="preserve">Buổi </t></r><r><t>nói chuyện</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>` +
          `<si><t>Dòng 1_x000D_\nDòng 2 _x005F_x000D_</t></si>`,
      },
    );
    expect(grid(bytes).values).toEqual([
      [
        "Hội nghị báo cáo viên",
        "Hội nghị báo cáo viên!",
        45473,
        "Buổi nói chuyện",
        "Dòng 1\r\nDòng 2 _x000D_",
      ],
    ]);
    expect(grid(bytes).formulas?.[0]?.[1]).toBe('=A1&"!"');
  });

  it("unescapes the five XML entities and character references, and nothing else", () => {
    const bytes = rawWorkbook([
      sheet(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#7843; &#x1EA1; &nbsp; &#0;</t></is></c></row>`,
      ),
    ]);
    expect(grid(bytes).values[0]![0]).toBe(`<a> & "b" 'c' ả ạ &nbsp; &#0;`);
  });

  it("expands shared formulas for each dependent cell", () => {
    const bytes = rawWorkbook([
      sheet(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">SUM(A1:B1)*$A$1+'Kỳ trước'!A1</f><v>3</v></c></row>` +
          `<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c></row>` +
          `<row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c><c r="C3"><f t="shared" si="0"/><v>11</v></c>` +
          `<c r="D3"><f t="shared" ref="D3:E3" si="1">C3/$B3</f><v>1</v></c><c r="E3"><f t="shared" si="1"/><v>1</v></c></row>`,
      ),
    ]);
    const { formulas, values } = grid(bytes);
    expect(formulas?.map((r) => r[2])).toEqual([
      "=SUM(A1:B1)*$A$1+'Kỳ trước'!A1",
      "=SUM(A2:B2)*$A$1+'Kỳ trước'!A2",
      "=SUM(A3:B3)*$A$1+'Kỳ trước'!A3",
    ]);
    expect(formulas?.[2]?.slice(3)).toEqual(["=C3/$B3", "=D3/$B3"]);
    expect(values.map((r) => r[2])).toEqual([3, 7, 11]);
  });

  it("reads built-in and custom number formats and font names from styles.xml", () => {
    const styles =
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="[&gt;=1000]#,##0;0.0"/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><name val=".VnTimeH"/></font></fonts>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>` +
      `<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="1"/><xf numFmtId="164" fontId="0"/><xf numFmtId="10" fontId="0"/><xf numFmtId="14" fontId="0"/></cellXfs>` +
      `<dxfs count="1"><dxf><font><name val="Wrong"/></font><numFmt numFmtId="165" formatCode="wrong"/></dxf></dxfs>`;
    const bytes = rawWorkbook(
      [
        sheet(
          `<row r="1"><c r="A1" s="1"><v>1061</v></c><c r="B1" s="2"><v>3.5</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>45473</v></c><c r="E1"><v>1</v></c><c r="F1" s="1"/></row>`,
        ),
      ],
      { styles },
    );
    const g = grid(bytes);
    expect(g.values[0]).toEqual([1061, 3.5, 0.5, 45473, 1]);
    expect(g.numberFormats?.[0]).toEqual(["#,##0", "[>=1000]#,##0;0.0", "0.00%", "mm-dd-yy", "General"]);
    expect(g.fonts?.[0]).toEqual([".VnTimeH", "Calibri", "Calibri", "Calibri", "Calibri"]);
  });

  it("handles namespace prefixes, rows and cells without r, CDATA and comments", () => {
    const xml =
      `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- made by a tool -->` +
      `<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[a < b & c]]></x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>` +
      `<x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const headless = rawWorkbook([{ name: "S", xml: `<sheetData><c><v>7</v></c></sheetData>` }]);
    expect(grid(headless).values).toEqual([[7]]);
    const bytes = rawWorkbook([{ name: "S", xml }]);
    expect(grid(bytes).values).toEqual([
      ["a < b & c", 2, null],
      [null, null, 3],
    ]);
  });

  it("starts the grid at the first used cell when the rectangle from A1 would pass the cell limit", () => {
    const bytes = rawWorkbook([
      sheet(`<row r="5000" hidden="1"><c r="AA5000"><v>1</v></c><c r="AB5000"><v>2</v></c></row>`),
    ]);
    const g = readWorkbook(bytes, { limits: { maxCells: 10_000 } }).sheets[0]!.grid;
    expect(g.origin).toBe("AA5000");
    expect(g.values).toEqual([[1, 2]]);
    expect(g.hiddenRows).toEqual([0]);
    expect(readWorkbook(bytes).sheets[0]!.grid.origin).toBe("A1");
  });

  it("refuses a sheet whose used cells span more than the cell limit", () => {
    const bytes = rawWorkbook([
      sheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
    ]);
    expect(codeOf(() => readWorkbook(bytes))).toBe("XLSX.SHEET_TOO_LARGE");
    const rows = Array.from(
      { length: 300 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`,
    ).join("");
    expect(codeOf(() => readWorkbook(rawWorkbook([sheet(rows)]), { limits: { maxCells: 100 } }))).toBe(
      "XLSX.SHEET_TOO_LARGE",
    );
  });

  it("reads a sheet whose formatting runs far past its data, and still bounds the cells used", () => {
    const styled = Array.from(
      { length: 300 },
      (_, r) =>
        `<row r="${r + 3}" s="1" customFormat="1"><c r="A${r + 3}" s="1"/><c r="B${r + 3}" s="1"/></row>`,
    ).join("");
    const bytes = rawWorkbook([
      sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>${styled}`),
    ]);
    // 600 cells with a style and nothing else, against a bound of 100: read, not refused.
    const g = readWorkbook(bytes, { limits: { maxCells: 100 } }).sheets[0]!.grid;
    expect(g.values).toEqual([[1, 2]]);
    const used = Array.from(
      { length: 120 },
      (_, r) => `<row r="${r + 400}"><c r="A${r + 400}"><v>${r}</v></c></row>`,
    );
    const both = rawWorkbook([sheet(`${styled}${used.join("")}`)]);
    expect(codeOf(() => readWorkbook(both, { limits: { maxCells: 100 } }))).toBe("XLSX.SHEET_TOO_LARGE");
  });

  it("bounds the cells of all sheets together", () => {
    const far = {
      name: "S",
      xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="999"><c r="J999"><v>2</v></c></row></sheetData>`,
    };
    const sheets = Array.from({ length: 5 }, (_, i) => ({ ...far, name: `S${i}` }));
    const bytes = rawWorkbook(sheets);
    expect(readWorkbook(bytes).sheets).toHaveLength(5);
    expect(codeOf(() => readWorkbook(bytes, { limits: { maxTotalCells: 40_000 } }))).toBe("XLSX.TOO_LARGE");
  });

  it("reads a macro-enabled workbook like any other and says it is one", () => {
    const bytes = rawWorkbook([sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`)], {
      workbookType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      workbookRels: `<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
      extra: { "xl/vbaProject.bin": new Uint8Array([1, 2, 3]) },
    });
    const workbook = readWorkbook(bytes);
    expect(workbook.macroEnabled).toBe(true);
    expect(workbook.sheets[0]!.grid.values).toEqual([[1]]);
  });

  it("reports the 1904 date system and very hidden sheets", () => {
    const bytes = rawWorkbook([{ ...sheet(""), state: "veryHidden" }], {
      workbookPr: `<workbookPr date1904="1"/>`,
    });
    const workbook = readWorkbook(bytes);
    expect(workbook.date1904).toBe(true);
    expect(workbook.sheets[0]!.hidden).toBe(true);
  });

  it("refuses any DOCTYPE or ENTITY declaration, in any part it reads", () => {
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>`;
    const inSheet = rawWorkbook([
      {
        name: "S",
        xml: `<?xml version="1.0"?>${bomb}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`,
      },
    ]);
    expect(codeOf(() => readWorkbook(inSheet))).toBe("XLSX.DTD");
    const external = rawWorkbook([sheet("")], {
      sharedStrings: `<!ENTITY xxe SYSTEM "file:///etc/passwd"><si><t>&xxe;</t></si>`,
    });
    expect(codeOf(() => readWorkbook(external))).toBe("XLSX.DTD");
    const inCore = rawWorkbook([sheet("")], {
      core: `<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><cp:coreProperties xmlns:cp="x"/>`,
    });
    expect(codeOf(() => readWorkbook(inCore))).toBe("XLSX.DTD");
  });

  it("skips relationship targets that climb out of the archive", () => {
    const bytes = rawWorkbook([sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`)], {
      extra: {
        "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="../../../../etc/passwd"/></Relationships>`,
      },
    });
    // The shared strings the sheet points at resolve to nothing: the cell has no value.
    expect(grid(bytes).values).toEqual([]);
  });

  it("resolves targets inside the archive's own name space only", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet%201.xml")).toBe(
      "xl/worksheets/sheet 1.xml",
    );
    expect(resolveTarget("xl/workbook.xml", "../docProps/core.xml")).toBe("docProps/core.xml");
    expect(resolveTarget("xl/workbook.xml", "../../../etc/passwd")).toBeUndefined();
  });
});
