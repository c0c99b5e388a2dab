import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ttm01 } from "@tonghop/core";
import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { loadUnit } from "./load-unit.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-unit-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);

function refusal(file: string): CliError {
  try {
    loadUnit(ttm01, file);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("loadUnit", () => {
  it("names an .ods or .xlsb for what it is and says to save it as .xlsx", () => {
    const ods = join(dir, "bao-cao.ods");
    writeFileSync(
      ods,
      zipSync({
        mimetype: text("application/vnd.oasis.opendocument.spreadsheet"),
        "content.xml": text("<x/>"),
      }),
    );
    expect(refusal(ods).text.vi).toBe(
      `Tệp "${ods}" là bảng tính OpenDocument (.ods, LibreOffice). Hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    );
    const xlsb = join(dir, "bao-cao.xlsb");
    writeFileSync(xlsb, zipSync({ "xl/workbook.bin": new Uint8Array([0, 1]) }));
    expect(refusal(xlsb).text.en).toBe(
      `"${xlsb}" is an Excel Binary Workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx) (File → Save As).`,
    );
  });

  it("keeps the reader's own message for an .xlsx that is not a workbook", () => {
    const file = join(dir, "bao-cao.xlsx");
    writeFileSync(file, zipSync({ "content.xml": text("<x/>") }));
    expect(() => loadUnit(ttm01, file)).toThrow(expect.objectContaining({ code: "XLSX.NOT_WORKBOOK" }));
  });
});
