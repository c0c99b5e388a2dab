import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isXlsxError } from "../error.js";
import { readWorkbook } from "../read/read-workbook.js";
import { writeWorkbook } from "./write-workbook.js";

const sheetXml = (bytes: Uint8Array, n = 1) => strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]!);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe("writeWorkbook", () => {
  it("writes text that looks like a formula as text, and formulas only from `formula`", async () => {
    const texts = ["=1+1", "+84 912 345 678", "-5 buổi", "@Ban Tuyên giáo", "=SUM(A1:A9)"];
    const bytes = await writeWorkbook({
      sheets: [
        { name: "Kiểm tra", rows: [texts, [{ formula: "=1+1", result: 2 }, { formula: "SUM(A3:A4)" }]] },
      ],
    });
    const xml = sheetXml(bytes);
    expect(xml.match(/<f>/g)).toHaveLength(2);
    const grid = readWorkbook(bytes).sheets[0]!.grid;
    expect(grid.values[0]).toEqual(texts);
    expect(grid.formulas?.[0]).toEqual([null, null, null, null, null]);
    expect(grid.formulas?.[1]?.slice(0, 2)).toEqual(["=1+1", "=SUM(A3:A4)"]);
    expect(grid.values[1]?.[0]).toBe(2);
  });

  it("lays out values, formats, merges, widths, frozen panes, print setup, validation, notes", async () => {
    const bytes = await writeWorkbook({
      properties: { creator: "tonghop", created: new Date(Date.UTC(2024, 6, 1)) },
      font: { name: "Times New Roman", size: 13 },
      sheets: [
        {
          name: "Tổng hợp",
          rows: [
            [{ value: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", bold: true, align: "center", merge: "A1:D1" }],
            ["STT", "Chỉ tiêu", "ĐVT", { value: "Kết quả", wrap: true, fill: "DDEBF7", border: true }],
            [1, "Số buổi", "buổi", { value: 37320, numberFormat: "#,##0", note: "Tổng 5 đơn vị" }],
            [null, undefined, true, { value: 0.667, numberFormat: "0.0%", italic: true, color: "C00000" }],
          ],
          columnWidths: [6, 50, undefined, 14],
          frozen: { rows: 2, cols: 2 },
          print: { repeatRows: "1:2" },
          validations: [{ range: "D3:D4", type: "whole", min: 0, error: "Nhập số nguyên không âm" }],
          conditionalFormats: [
            { range: "D3:D4", kind: "cellIs", operator: "lessThan", values: [0], fill: "FFC7CE" },
          ],
          autoFilter: "A2:D2",
        },
        { name: "Ẩn", rows: [["x"]], hidden: true, print: false },
      ],
    });
    const read = readWorkbook(bytes);
    expect(read.properties.creator).toBe("tonghop");
    expect(read.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Tổng hợp", false],
      ["Ẩn", true],
    ]);
    const grid = read.sheets[0]!.grid;
    expect(grid.values[2]).toEqual([1, "Số buổi", "buổi", 37320]);
    expect(grid.values[3]).toEqual([null, null, true, 0.667]);
    expect(grid.numberFormats?.[2]?.[3]).toBe("#,##0");
    expect(grid.fonts?.[2]?.[1]).toBe("Times New Roman");
    expect(grid.merges).toEqual(["A1:D1"]);

    const ws = (await load(bytes)).getWorksheet("Tổng hợp")!;
    expect(ws.getColumn(2).width).toBe(50);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.getCell("D3").dataValidation).toMatchObject({ type: "whole", formulae: [0] });
    expect(ws.getCell("D3").note).toBe("Tổng 5 đơn vị");
    expect(ws.getCell("D2").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("D2").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("D4").font).toMatchObject({
      italic: true,
      color: { argb: "FFC00000" },
      name: "Times New Roman",
    });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 13 });
    const xml = sheetXml(bytes);
    expect(xml).toMatch(/<conditionalFormatting sqref="D3:D4">/);
    expect(xml).toMatch(/<autoFilter ref="A2:D2"/);
  });

  it("places rows from an origin", async () => {
    const bytes = await writeWorkbook({ sheets: [{ name: "S", origin: "C5", rows: [[1, 2]] }] });
    const grid = readWorkbook(bytes).sheets[0]!.grid;
    expect(grid.values[4]).toEqual([null, null, 1, 2]);
  });

  it("refuses an address that is not A1", async () => {
    const error = await writeWorkbook({
      sheets: [{ name: "S", rows: [[{ value: 1, merge: "A1:nope" }]] }],
    }).catch((e: unknown) => e);
    expect(isXlsxError(error) && error.code).toBe("XLSX.BAD_SPEC");
  });
});
