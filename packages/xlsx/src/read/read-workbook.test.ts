import { describe, expect, it } from "vitest";
import { excelJsWorkbook } from "../fixtures.js";
import { readWorkbook } from "./read-workbook.js";

describe("readWorkbook on workbooks written by ExcelJS", () => {
  it("reads values, shared strings, booleans, errors and formulas with their cached results", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("Báo cáo");
      ws.getCell("A1").value = "ĐẢNG BỘ TỈNH LẠNG SƠN";
      ws.getCell("B3").value = 1061;
      ws.getCell("B4").value = 3.5;
      ws.getCell("B5").value = { formula: "SUM(B3:B4)", result: 1064.5, date1904: false };
      ws.getCell("C3").value = true;
      ws.getCell("C4").value = { error: "#REF!" };
      ws.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" }, date1904: false };
      ws.getCell("D3").value = "ĐẢNG BỘ TỈNH LẠNG SƠN";
    });
    const { sheets } = readWorkbook(bytes);
    expect(sheets).toHaveLength(1);
    const grid = sheets[0]!.grid;
    expect(grid.sheet).toBe("Báo cáo");
    expect(grid.origin).toBe("A1");
    expect(grid.values).toEqual([
      ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null],
      [null, null, null, null],
      [null, 1061, true, "ĐẢNG BỘ TỈNH LẠNG SƠN"],
      [null, 3.5, "#REF!", null],
      [null, 1064.5, "#DIV/0!", null],
    ]);
    expect(grid.formulas?.[4]).toEqual([null, "=SUM(B3:B4)", "=1/0", null]);
    expect(grid.formulas?.[2]).toEqual([null, null, null, null]);
  });

  it("joins rich text runs", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      wb.addWorksheet("S").getCell("A1").value = {
        richText: [{ text: "Tuyên truyền " }, { text: "miệng", font: { bold: true } }],
      };
    });
    expect(readWorkbook(bytes).sheets[0]!.grid.values).toEqual([["Tuyên truyền miệng"]]);
  });

  it("keeps Vietnamese text exactly as stored, NFC and NFD alike", async () => {
    const nfc = "Ban Tuyên giáo Huyện ủy Hữu Lũng".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    const bytes = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = nfc;
      ws.getCell("A2").value = nfd;
      ws.getCell("A3").value = "Hoà bình, thuỷ lợi, uỷ ban";
    });
    const values = readWorkbook(bytes).sheets[0]!.grid.values;
    expect(values[0]![0]).toBe(nfc);
    expect(values[1]![0]).toBe(nfd);
    expect(values[1]![0]).not.toBe(nfc);
    expect(values[2]![0]).toBe("Hoà bình, thuỷ lợi, uỷ ban");
  });

  it("gives each cell its number format code and font name (.VnTime for TCVN3 text)", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("S");
      const a1 = ws.getCell("A1");
      a1.value = "B¸o c¸o";
      a1.font = { name: ".VnTime", size: 13 };
      const b1 = ws.getCell("B1");
      b1.value = 14000;
      b1.numFmt = "#,##0";
      const c1 = ws.getCell("C1");
      c1.value = 0.667;
      c1.numFmt = "0.0%";
      const d1 = ws.getCell("D1");
      d1.value = 45291;
      d1.numFmt = "dd/mm/yyyy";
      ws.getCell("E1").value = 2;
      const f1 = ws.getCell("F1");
      f1.value = "VNI";
      f1.font = { name: "VNI-Times" };
    });
    const grid = readWorkbook(bytes).sheets[0]!.grid;
    expect(grid.values[0]).toEqual(["B¸o c¸o", 14000, 0.667, 45291, 2, "VNI"]);
    expect(grid.numberFormats?.[0]).toEqual(["General", "#,##0", "0.0%", "dd/mm/yyyy", "General", "General"]);
    expect(grid.fonts?.[0]?.[0]).toBe(".VnTime");
    expect(grid.fonts?.[0]?.[5]).toBe("VNI-Times");
    expect(grid.fonts?.[0]?.[1]).toBe("Calibri");
  });

  it("reads merged ranges, hidden rows and hidden sheets", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("Mẫu");
      ws.getCell("A1").value = "BÁO CÁO";
      ws.mergeCells("A1:E1");
      ws.getCell("A2").value = 1;
      ws.getCell("A3").value = 2;
      ws.getCell("A4").value = 3;
      ws.getRow(3).hidden = true;
      wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "x";
      wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "y";
    });
    const { sheets } = readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Mẫu", false],
      ["Ẩn", true],
      ["Rất ẩn", true],
    ]);
    expect(sheets[0]!.grid.merges).toEqual(["A1:E1"]);
    expect(sheets[0]!.grid.hiddenRows).toEqual([2]);
  });

  it("keeps dates as serial numbers, the number format tells they are dates", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      const cell = wb.addWorksheet("S").getCell("A1");
      cell.value = new Date(Date.UTC(2024, 5, 30));
      cell.numFmt = "dd/mm/yyyy";
    });
    const grid = readWorkbook(bytes).sheets[0]!.grid;
    expect(grid.values[0]![0]).toBe(45473);
    expect(grid.numberFormats?.[0]?.[0]).toBe("dd/mm/yyyy");
  });

  it("reads the document's core properties", async () => {
    const created = new Date(Date.UTC(2024, 6, 1, 8, 30));
    const modified = new Date(Date.UTC(2024, 6, 2, 9, 0));
    const bytes = await excelJsWorkbook((wb) => {
      wb.creator = "Ban Tuyên giáo Tỉnh ủy";
      wb.lastModifiedBy = "Văn phòng";
      wb.created = created;
      wb.modified = modified;
      wb.addWorksheet("S");
    });
    const { properties, macroEnabled, date1904 } = readWorkbook(bytes);
    expect(properties).toEqual({
      creator: "Ban Tuyên giáo Tỉnh ủy",
      lastModifiedBy: "Văn phòng",
      created: "2024-07-01T08:30:00Z",
      modified: "2024-07-02T09:00:00Z",
    });
    expect(macroEnabled).toBe(false);
    expect(date1904).toBe(false);
  });

  it("gives an empty sheet an empty grid", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      wb.addWorksheet("Trống");
    });
    expect(readWorkbook(bytes).sheets[0]!.grid).toEqual({
      sheet: "Trống",
      origin: "A1",
      values: [],
      merges: [],
    });
  });

  it("never changes the bytes it reads", async () => {
    const bytes = await excelJsWorkbook((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "x";
    });
    const copy = bytes.slice();
    readWorkbook(bytes);
    expect(bytes).toEqual(copy);
  });
});
