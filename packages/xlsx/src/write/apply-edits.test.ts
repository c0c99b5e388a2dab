import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isXlsxError } from "../error.js";
import { excelJsWorkbook, rawWorkbook } from "../fixtures.js";
import { readWorkbook } from "../read/read-workbook.js";
import { applyEdits } from "./apply-edits.js";

async function unitWorkbook(): Promise<Uint8Array> {
  return excelJsWorkbook((wb) => {
    const ws = wb.addWorksheet("TTM-01");
    ws.getCell("A1").value = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH";
    const shared = { font: { name: "Times New Roman", size: 13 }, numFmt: "#,##0" };
    for (const address of ["E12", "E13", "E14", "E15"]) {
      ws.getCell(address).style = shared;
    }
    ws.getCell("E12").value = 240;
    ws.getCell("E13").value = 199;
    ws.getCell("E14").value = 516;
    ws.getCell("E15").value = 104;
    ws.getCell("F12").value = "ghi chú cũ";
    ws.getCell("F12").note = "Ghi chú của đơn vị";
    wb.addWorksheet("Khác").getCell("A1").value = 1;
  });
}

const load = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
};

describe("applyEdits", () => {
  it("returns a new workbook with the edits and leaves the input bytes exactly as they were", async () => {
    const input = await unitWorkbook();
    const copy = input.slice();
    const output = await applyEdits(input, "TTM-01", [
      { cell: "E11", formula: "=SUM(E12:E15)", value: 1059, numberFormat: "#,##0" },
      { cell: "E13", value: 200 },
      { cell: "E16", value: null },
      { cell: "E14", mark: { severity: "error", note: "R10: tổng không khớp" } },
      { cell: "E15", mark: { severity: "warning", note: "Giảm so với kỳ trước" } },
      { cell: "F12", mark: { severity: "info", note: "Đã kiểm tra" } },
    ]);
    expect(input).toEqual(copy);
    expect(output).not.toEqual(input);

    const grid = readWorkbook(output).sheets[0]!.grid;
    expect(grid.values[10]?.[4]).toBe(1059);
    expect(grid.formulas?.[10]?.[4]).toBe("=SUM(E12:E15)");
    expect(grid.values[12]?.[4]).toBe(200);
    expect(grid.numberFormats?.[10]?.[4]).toBe("#,##0");

    const ws = (await load(output)).getWorksheet("TTM-01")!;
    expect(ws.getCell("E14").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("E14").note).toBe("R10: tổng không khớp");
    expect(ws.getCell("E15").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("F12").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("F12").note).toBe("Ghi chú của đơn vị\nĐã kiểm tra");
    // A mark changes its own cell only, though the cells shared one style.
    const untouched = ws.getCell("E12").fill as ExcelJS.FillPattern | undefined;
    expect(untouched?.pattern).not.toBe("solid");
    expect(ws.getCell("E14").font).toMatchObject({ name: "Times New Roman" });
    expect(ws.getCell("E14").numFmt).toBe("#,##0");
    // Excel recalculates the new formulas when it opens the copy.
    expect(strFromU8(unzipSync(output)["xl/workbook.xml"]!)).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("writes unit text as text, never as a formula", async () => {
    const texts = ["=1+1", "+84912345678", "-", "@SUM(A1)", "=cmd|'/c calc'!A0"];
    const output = await applyEdits(
      await unitWorkbook(),
      "TTM-01",
      texts.map((value, i) => ({ cell: `G${i + 1}`, value })),
    );
    const grid = readWorkbook(output).sheets[0]!.grid;
    expect(grid.values.slice(0, 5).map((row) => row[6])).toEqual(texts);
    expect(grid.formulas).toBeUndefined();
    const xml = strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"]!);
    expect(xml).not.toMatch(/<c r="G\d"[^>]*><f>/);
  });

  it("edits one cell of a shared formula without touching the others", async () => {
    const xml =
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>2</v></c></row>` +
      `<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>4</v></c></row>` +
      `<row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>`;
    const input = rawWorkbook([{ name: "S", xml }]);
    const overwritten = readWorkbook(await applyEdits(input, "S", [{ cell: "C1", value: 5 }])).sheets[0]!
      .grid;
    expect(overwritten.values.map((r) => r[2])).toEqual([5, 4, 6]);
    expect(overwritten.formulas?.map((r) => r[2])).toEqual([null, "=A2*2", "=A3*2"]);
    const rewritten = readWorkbook(await applyEdits(input, "S", [{ cell: "C1", formula: "=A1*3", value: 3 }]))
      .sheets[0]!.grid;
    expect(rewritten.formulas?.map((r) => r[2])).toEqual(["=A1*3", "=A2*2", "=A3*2"]);
    expect(rewritten.values.map((r) => r[2])).toEqual([3, 4, 6]);
  });

  it("leaves other sheets as they were", async () => {
    const output = await applyEdits(await unitWorkbook(), "TTM-01", [{ cell: "A2", value: "x" }]);
    const { sheets } = readWorkbook(output);
    expect(sheets.map((s) => s.name)).toEqual(["TTM-01", "Khác"]);
    expect(sheets[1]!.grid.values).toEqual([[1]]);
  });

  it("refuses a sheet that is not there and an address that is not A1", async () => {
    const input = await unitWorkbook();
    const missing = await applyEdits(input, "Không có", []).catch((e: unknown) => e);
    expect(isXlsxError(missing) && missing.code).toBe("XLSX.SHEET_NOT_FOUND");
    const bad = await applyEdits(input, "TTM-01", [{ cell: "R1C1", value: 1 }]).catch((e: unknown) => e);
    expect(isXlsxError(bad) && bad.code).toBe("XLSX.BAD_EDIT");
  });

  it("says so when ExcelJS cannot open a workbook that the reader can", async () => {
    const prefixed = rawWorkbook(
      [{ name: "S", xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }],
      {
        extra: {
          "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></x:sheets></x:workbook>`,
        },
      },
    );
    expect(readWorkbook(prefixed).sheets[0]!.grid.values).toEqual([[1]]);
    const error = await applyEdits(prefixed, "S", [{ cell: "B1", value: 2 }], { file: "sdk.xlsx" }).catch(
      (e: unknown) => e,
    );
    expect(isXlsxError(error) && error.code).toBe("XLSX.UNSUPPORTED");
  });

  it("applies the read limits before ExcelJS sees the file", async () => {
    const input = await unitWorkbook();
    const error = await applyEdits(input, "TTM-01", [], { limits: { maxEntryBytes: 500 } }).catch(
      (e: unknown) => e,
    );
    expect(isXlsxError(error) && error.code).toBe("XLSX.TOO_LARGE");
    const notXlsx = await applyEdits(new Uint8Array([1, 2, 3, 4]), "S", []).catch((e: unknown) => e);
    expect(isXlsxError(notXlsx) && notXlsx.code).toBe("XLSX.NOT_ZIP");
  });

  it("counts cells that carry only a style against the bound: ExcelJS would hold every one", async () => {
    const styled = Array.from(
      { length: 150 },
      (_, r) => `<row r="${r + 2}"><c r="A${r + 2}" s="1"/><c r="B${r + 2}" s="1"/></row>`,
    ).join("");
    const input = rawWorkbook([
      { name: "S", xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row>${styled}</sheetData>` },
    ]);
    const limits = { maxCells: 100 };
    // The reader keeps only the used cell: the sheet reads within the bound.
    expect(readWorkbook(input, { file: "dinh-dang.xlsx", limits }).sheets[0]!.cells).toBe(301);
    const error = await applyEdits(input, "S", [{ cell: "A1", value: 2 }], {
      file: "dinh-dang.xlsx",
      limits,
    }).catch((e: unknown) => e);
    expect(isXlsxError(error) && [error.code, error.message]).toEqual([
      "XLSX.TOO_LARGE",
      'Tệp "dinh-dang.xlsx" có 301 ô (kể cả ô trống đã định dạng), quá nhiều để tạo bản sao có sửa đổi (giới hạn 100). Hãy xóa các hàng, cột thừa (cả định dạng của chúng) rồi lưu lại và chạy lại; việc kiểm tra và tổng hợp vẫn đọc được tệp này.',
    ]);
  });
});
