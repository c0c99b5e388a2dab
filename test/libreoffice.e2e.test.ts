/**
 * The consolidated workbook opened in a real spreadsheet program: LibreOffice recalculates every
 * formula on load (a profile with OOXMLRecalcMode = always; without it LibreOffice would show the
 * cached results tonghop wrote and this test would prove nothing), and the recalculated totals of
 * Tổng hợp and Chi tiết must equal the --json totals. Also renders Tổng hợp and Chi tiết to PNG in
 * test/.artifacts/ for a look.
 *
 * Needs LibreOffice (Debian: libreoffice-calc) and, for the pictures, pdftoppm (poppler-utils).
 * Under CI a missing LibreOffice fails the test; elsewhere the test is skipped.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERIOD, PROVINCE } from "../examples/data.js";
import { writeExamples } from "../examples/generate.js";
import { underCi } from "./helpers/ci.js";
import { runCli } from "./helpers/cli.js";
import { findSoffice, recalculatingProfile, sheetsAsCsv, workbookAsPdf } from "./helpers/libreoffice.js";

const soffice = findSoffice();
const artifacts = fileURLToPath(new URL("./.artifacts/", import.meta.url));

let dir: string;
let profile: string;
let output: string;
let totals: Record<string, number>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-lo-"));
  profile = recalculatingProfile(join(dir, "profile"));
  await writeExamples(join(dir, "examples"));
  output = join(dir, "tong-hop.xlsx");
  const run = runCli([
    "consolidate",
    join(dir, "examples", "units"),
    "--hierarchy",
    join(dir, "examples", "hierarchy.csv"),
    "--unit",
    PROVINCE,
    "--period",
    PERIOD,
    "--out",
    output,
    "--json",
  ]);
  totals = (JSON.parse(run.stdout) as { totals: Record<string, number> }).totals;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Code → number of a CSV sheet: the code in column `codeCol`, the number in `valueCol` (-1: last). */
function numbersByCode(rows: string[][], codeCol: number, valueCol: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const code = row[codeCol] ?? "";
    const cell = valueCol < 0 ? row[row.length + valueCol] : row[valueCol];
    if (/^[A-Z][A-Z0-9_]+$/.test(code) && cell !== undefined && cell !== "" && !Number.isNaN(Number(cell))) {
      out[code] = Number(cell);
    }
  }
  return out;
}

describe.skipIf(soffice === undefined && !underCi)("the consolidated workbook in LibreOffice", () => {
  it("has LibreOffice (libreoffice-calc) installed when CI is set", () => {
    expect(
      soffice,
      "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc",
    ).toBeDefined();
  });

  it("recalculates Tổng hợp and Chi tiết to the --json totals", () => {
    const sheets = sheetsAsCsv(soffice!, profile, output, join(dir, "csv"));
    const summary = sheets.get("Tổng hợp");
    const detail = sheets.get("Chi tiết");
    expect(summary).toBeDefined();
    expect(detail).toBeDefined();
    // Tổng hợp: STT | Mã | Chỉ tiêu | ĐVT | Kết quả | …
    const fromSummary = numbersByCode(summary!, 1, 4);
    // Chi tiết: STT | Mã | Chỉ tiêu | ĐVT | units… | Tổng cộng
    const fromDetail = numbersByCode(
      detail!.filter((r) => r.length > 4),
      1,
      -1,
    );
    expect(Object.keys(totals).length).toBeGreaterThan(40);
    for (const [code, value] of Object.entries(totals)) {
      expect(fromSummary[code], `Tổng hợp ${code}`).toBeCloseTo(value, 6);
      expect(fromDetail[code], `Chi tiết ${code}`).toBeCloseTo(value, 6);
    }
  });

  it("really recalculates: a wrong cached result in the file does not survive", async () => {
    // Prove the profile works: write a nonsense cached value, and LibreOffice must replace it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const detail = workbook.getWorksheet("Chi tiết")!;
    let tampered: { row: number; col: number; code: string } | undefined;
    detail.eachRow((row, r) => {
      const code = String(row.getCell(2).value ?? "");
      const last = row.getCell(row.cellCount);
      const v = last.value as { formula?: string } | null;
      if (!tampered && code === "BUOI_BCV" && v && typeof v === "object" && v.formula) {
        last.value = { formula: v.formula, result: 999_999_999 } as ExcelJS.CellFormulaValue;
        tampered = { row: r, col: row.cellCount, code };
      }
    });
    expect(tampered).toBeDefined();
    const copy = join(dir, "tampered.xlsx");
    writeFileSync(copy, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const sheets = sheetsAsCsv(soffice!, profile, copy, join(dir, "csv-tampered"));
    const fromDetail = numbersByCode(
      sheets.get("Chi tiết")!.filter((r) => r.length > 4),
      1,
      -1,
    );
    expect(fromDetail.BUOI_BCV).toBe(totals.BUOI_BCV);
  });

  it("renders Tổng hợp and Chi tiết as pages a provincial office can send (test/.artifacts/*.png)", () => {
    // Printed as in a Vietnamese office: the vi-VN locale shows #,##0 as 12.196.
    const vietnamese = recalculatingProfile(join(dir, "profile-vi"), { locale: "vi-VN" });
    const pdf = workbookAsPdf(soffice!, vietnamese, output, join(dir, "pdf"));
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf, join(artifacts, "tong-hop.pdf"));
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    if (text.error) return; // poppler-utils not installed: the PDF is kept, no pictures.
    const pages = text.stdout.split("\f");
    const summaryPage = pages.findIndex((p) => p.includes("BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG")) + 1;
    const detailPage = pages.findIndex((p) => p.includes("CHI TIẾT SỐ LIỆU CÁC ĐƠN VỊ")) + 1;
    expect(summaryPage).toBeGreaterThan(0);
    expect(detailPage).toBeGreaterThan(summaryPage);
    expect(pages[summaryPage - 1]).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(pages[summaryPage - 1]).toContain(totals.BUOI!.toLocaleString("vi-VN"));
    for (const [page, name] of [
      [summaryPage, "tong-hop"],
      [detailPage, "chi-tiet"],
    ] as const) {
      const png = spawnSync(
        "pdftoppm",
        [
          "-png",
          "-r",
          "110",
          "-singlefile",
          "-f",
          String(page),
          "-l",
          String(page),
          pdf,
          join(artifacts, name),
        ],
        { encoding: "utf8" },
      );
      expect(png.status, png.stderr).toBe(0);
      expect(readFileSync(join(artifacts, `${name}.png`)).length).toBeGreaterThan(10_000);
    }
  });
});
