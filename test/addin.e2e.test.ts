import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeWorkbook } from "@tonghop/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  buildAddin,
  CHROMIUM,
  chromiumAvailable,
  hostScript,
  launch,
  openTaskpane,
  type Page,
  serve,
} from "../addin/test-host/browser.js";
import type { HostGrid, SheetView } from "../addin/test-host/excel-host.js";
import {
  cleanValues,
  hierarchyCsv,
  messyRoster,
  messyValues,
  unitWorkbook,
} from "../addin/test-host/fixtures.js";
import { sheetViewHtml } from "../addin/test-host/sheet-view.js";
import { act, measureActions, unitSheets } from "../addin/test-host/sync-bench.js";

/**
 * The built task pane in headless Chromium against the in-page Excel test host, on a messy unit
 * sheet read from a real .xlsx: every button, in Vietnamese, with a screenshot per action.
 * In CI a missing Chromium fails the test; elsewhere the test is skipped.
 */
const artifacts = fileURLToPath(new URL("./.artifacts/", import.meta.url));
const canRun = chromiumAvailable();
if (process.env.CI && !canRun) {
  throw new Error(
    `CI: ${CHROMIUM} is missing (apt-get install -y chromium); the add-in test cannot be skipped.`,
  );
}

interface CellState {
  value: unknown;
  formula: string | null;
  fill: Record<string, unknown>;
  note: string | null;
}
declare const excelHost: {
  stats: { syncs: number; requestBytes: number; responseBytes: number };
  resetStats(): void;
  sheetNames(): string[];
  active(): string;
  selection(): string;
  settings(): Record<string, unknown>;
  cell(sheet: string, address: string): CellState;
  rows(sheet: string): unknown[][];
  notes(sheet: string): Record<string, string>;
  formatting(sheet: string): Record<string, { fill: unknown; note: string | null }>;
  view(sheet?: string): SheetView;
  comments(sheet: string): Record<string, string[]>;
  addComment(sheet: string, cell: string, content: string): void;
  activate(sheet: string): void;
};
declare const Excel: {
  // biome-ignore lint/suspicious/noExplicitAny: the host's object model, driven from the page as a user's own edits.
  run<T>(body: (context: { workbook: { worksheets: any }; sync(): Promise<void> }) => Promise<T>): Promise<T>;
};

/** Every cell's fill and note of a sheet, to compare before marking and after Xóa đánh dấu. */
const formatting = (page: Page, sheet: string) =>
  page.evaluate((name: string) => excelHost.formatting(name), sheet);

/** A screenshot of the active sheet as the test host holds it, beside the task pane. */
async function shot(page: Page, name: string) {
  const pane = await page.screenshot({ fullPage: true });
  const view = await page.evaluate(() => excelHost.view());
  const composite = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1280, height: 900 } });
  await composite.setContent(sheetViewHtml(view, pane.toString("base64")));
  await composite.screenshot({ path: join(artifacts, `addin-${name}.png`), fullPage: true });
  await composite.close();
}

describe.skipIf(!canRun)("Excel add-in in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let host: string;
  let tmp: string;
  let messy: { bytes: Uint8Array; sheets: HostGrid[] };

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    tmp = await mkdtemp(join(tmpdir(), "tonghop-addin-"));
    const dist = buildAddin(join(tmp, "dist"));
    ({ server, url } = await serve(dist));
    host = await hostScript();
    messy = await unitSheets(
      {
        unit: "Đảng ủy Khối các cơ quan tỉnh",
        values: messyValues,
        shortSum: true,
        nfd: true,
        roster: messyRoster,
      },
      "khoi-cq.xlsx",
    );
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("checks, totals, evaluates, consolidates, inserts a template and restores every mark exactly", async () => {
    const page = await openTaskpane(browser, url, host, { sheets: messy.sheets });
    await shot(page, "0-khoi-dong");

    // The user's own formatting on cells the check will mark: the short SUM (D-column BUOI) and R1's cell.
    const own = await page.evaluate(async () => {
      const rows = excelHost.rows("Báo cáo");
      const find = (text: string) =>
        rows.findIndex((r) =>
          String(r[1] ?? "")
            .normalize("NFC")
            .startsWith(text),
        ) + 1;
      const buoi = `D${find("Tổng số buổi tuyên truyền miệng")}`;
      const ngheTtvcc = `D${find("Nghe tuyên truyền viên cốt cán")}`;
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Báo cáo");
        sheet.getRange(buoi).format.fill.color = "#FFFF00";
        sheet.notes.add(buoi, "Số liệu phòng Tuyên truyền gửi ngày 10/6");
        sheet.getRange(ngheTtvcc).format.fill.color = "#E2EFDA";
        await context.sync();
      });
      return { buoi, ngheTtvcc };
    });
    const before = await formatting(page, "Báo cáo");

    // Kiểm tra
    await act(page, "[data-action=check]");
    await page.waitForSelector("details.group.error");
    const errorTexts = await page.locator("details.group.error .issue").allTextContents();
    expect(errorTexts.length).toBeGreaterThan(0);
    expect(errorTexts.join("\n")).toMatch(/TTM\.R1|TTM\.R10|SUM/);
    const settings = await page.evaluate(() => excelHost.settings());
    const store = JSON.parse(String(settings["tonghop.marks"])) as {
      sheets: Record<
        string,
        { cells: Record<string, { fill: { color: string; none: boolean }; note: string | null }> }
      >;
    };
    const saved = Object.values(store.sheets)[0]!.cells;
    expect(saved[own.buoi]).toMatchObject({
      fill: { color: "#FFFF00", none: false },
      note: "Số liệu phòng Tuyên truyền gửi ngày 10/6",
    });
    expect(saved[own.ngheTtvcc]?.fill.color).toBe("#E2EFDA");
    const marked = await page.evaluate((cell) => excelHost.cell("Báo cáo", cell), own.buoi);
    expect(marked.fill.color).toBe("#FFC7CE");
    expect(marked.note).toMatch(/^\[Tổng hợp TTM\] /);
    expect(marked.note).toContain("Số liệu phòng Tuyên truyền gửi ngày 10/6");
    await shot(page, "1-kiem-tra");

    // A click on an issue selects its cell.
    const first = page.locator("details.group.error .issue").first();
    const cell = await first.getAttribute("data-cell");
    await first.click();
    await expect.poll(() => page.evaluate(() => excelHost.selection())).toBe(`Báo cáo!${cell}`);

    // Tính tổng: a preview, then the formulas.
    await act(page, "[data-action=totals]");
    await page.waitForSelector("#apply-totals");
    const preview = await page.locator("#panel tbody tr").allTextContents();
    expect(preview.some((row) => row.startsWith(own.buoi) && row.includes("=SUM("))).toBe(true);
    await shot(page, "2-tinh-tong");
    await act(page, "#apply-totals");
    await page.waitForSelector(".message.success");
    const total = await page.evaluate((c) => excelHost.cell("Báo cáo", c), own.buoi);
    expect(total.formula).toMatch(/^=SUM\(D\d+:D\d+\)$/);
    expect(total.value).toBe(240 + 199 + 516 + 104);
    await shot(page, "3-tinh-tong-ap-dung");

    // Chỉ tiêu
    await act(page, "[data-action=targets]");
    await page.waitForSelector("#panel .status");
    const statuses = await page.locator("#panel .status").allTextContents();
    expect(statuses.length).toBe(6);
    for (const s of statuses) expect(["Vượt", "Đạt", "Chưa đạt", "Thiếu số liệu"]).toContain(s);
    // The workbook's roster sheet is found: T1 and T2 are judged person by person, and its disagreement with the form shown.
    expect(await page.locator("#message").textContent()).toContain("Danh sách");
    expect(await page.locator("#panel tbody tr", { hasText: "T2" }).textContent()).toContain("từng người");
    expect(await page.locator("details.group.error .issue").count()).toBeGreaterThan(0);
    await shot(page, "4-chi-tieu");

    // Tổng hợp: three picked workbooks.
    const files: string[] = [];
    for (const [i, [code, unit]] of [
      ["HU_CL", "Huyện ủy Cao Lộc"],
      ["HU_LB", "Huyện ủy Lộc Bình"],
    ].entries()) {
      const file = join(tmp, `don-vi-${i + 1}.xlsx`);
      await writeFile(
        file,
        await writeWorkbook(unitWorkbook({ unit: unit!, code, values: cleanValues(i + 1) })),
      );
      files.push(file);
    }
    // A picked file that is not a workbook gets the same answer as in the CLI: its name and what to do.
    const broken = join(tmp, "bao-cao-hong.xlsx");
    await writeFile(broken, "đây không phải tệp Excel");
    files.push(broken);
    const hierarchyFile = join(tmp, "don-vi.csv");
    await writeFile(hierarchyFile, hierarchyCsv);
    const messyFile = join(tmp, "khoi-cq.xlsx");
    await writeFile(messyFile, messy.bytes);
    files.push(messyFile);
    await act(page, "[data-action=consolidate]");
    await page.setInputFiles("#files", files);
    await page.setInputFiles("#hierarchy", hierarchyFile);
    await act(page, "#run-consolidate");
    await page.waitForSelector(".message.success", { timeout: 30_000 });
    const names = await page.evaluate(() => excelHost.sheetNames());
    for (const sheet of ["Tổng hợp", "Chi tiết", "Nộp báo cáo", "Chỉ tiêu", "Kiểm tra"])
      expect(names).toContain(sheet);
    // The sheets are the CLI's own layout: Chi tiết's total column and Tổng hợp's live formulas into it.
    const detail = await page.evaluate(() => excelHost.rows("Chi tiết"));
    expect(detail[3]).toContain("Tổng cộng");
    // Three units in, Văn Lãng missing; BUOI summed from each unit's children (the short SUM does not count).
    const submissions = await page.evaluate(() => excelHost.rows("Nộp báo cáo"));
    expect(submissions.filter((r) => r[3] === "Đã nộp")).toHaveLength(3);
    expect(submissions.find((r) => r[1] === "HU_VL")?.[3]).toBe("Chưa nộp");
    const buoi = detail.find((r) => r[1] === "BUOI");
    expect(buoi?.at(-1)).toBe(240 + 199 + 516 + 104 + 250 + 500);
    const summaryRows = await page.evaluate(() => excelHost.rows("Tổng hợp"));
    const summaryBuoi = summaryRows.findIndex((r) => r[1] === "BUOI");
    expect(summaryRows[summaryBuoi]?.[4]).toBe(240 + 199 + 516 + 104 + 250 + 500);
    const link = await page.evaluate((row) => excelHost.cell("Tổng hợp", `E${row + 1}`), summaryBuoi);
    const detailTotal = `'Chi tiết'!${String.fromCharCode(65 + (buoi?.length ?? 1) - 1)}${detail.indexOf(buoi!) + 1}`;
    expect(link.formula).toBe(`=IF(${detailTotal}="","",${detailTotal})`);
    expect(await page.locator(".progress > div").getAttribute("style")).toContain("100%");
    const fileErrors = await page.locator("details.group.error .issue").allTextContents();
    expect(fileErrors.some((e) => e.includes("bao-cao-hong.xlsx") && e.includes("XLSX.NOT_ZIP"))).toBe(true);
    await shot(page, "5-tong-hop");

    // Mẫu biểu
    await act(page, "[data-action=template]");
    await page.fill("#unit-code", "DUKCQ");
    await page.fill("#unit-name", "Đảng ủy Khối các cơ quan tỉnh");
    await page.fill("#period", "Quý II/2024");
    await act(page, "#insert-template");
    await page.waitForSelector(".message.success");
    const template = await page.evaluate(() => excelHost.active());
    expect(template).toBe("TTM-01 DUKCQ 2024Q2");
    const templateRows = await page.evaluate((n) => excelHost.rows(n), template);
    expect(templateRows.flat()).toContain("Kết quả");
    expect(templateRows.flat()).toContain("BUOI_TTVCC");
    expect(templateRows.flat()).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    // An STT such as 4.1 stays text: Excel would otherwise read it as a number.
    expect(templateRows.find((r) => r[1] === "BUOI_BCV")?.[0]).toBe("4.1");
    await shot(page, "6-mau-bieu");

    // Xóa đánh dấu: every fill and note as it was before Kiểm tra.
    await act(page, "[data-action=clear]");
    await page.waitForSelector(".message.success");
    expect(await formatting(page, "Báo cáo")).toEqual(before);
    expect(await page.evaluate(() => excelHost.settings())).not.toHaveProperty("tonghop.marks");
    await page.evaluate(() => excelHost.activate("Báo cáo"));
    await shot(page, "7-xoa-danh-dau");

    // English switch
    await page.click("#language");
    expect(await page.locator("[data-action=check] .action-name").textContent()).toBe("Check");
    await page.close();
  });

  it("degrades on older Excel with a message, and still restores exactly", async () => {
    const cases = [
      { excelApi: "1.3", message: "ExcelApi 1.4", fills: false, notes: false, comments: false },
      { excelApi: "1.8", message: "ExcelApi 1.10", fills: true, notes: false, comments: false },
      { excelApi: "1.9", message: "ExcelApi 1.10", fills: true, notes: false, comments: false },
      { excelApi: "1.12", message: "ExcelApi 1.18", fills: true, notes: false, comments: true },
    ];
    for (const c of cases) {
      const page = await openTaskpane(browser, url, host, { sheets: messy.sheets, excelApi: c.excelApi });
      await page.evaluate(async () => {
        excelHost.addComment("Báo cáo", "D18", "Ý kiến của phòng: kiểm tra lại");
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Báo cáo").getRange("D18").format.fill.color = "#FFFF00";
          await context.sync();
        });
      });
      const before = await formatting(page, "Báo cáo");
      const commentsBefore = await page.evaluate(() => excelHost.comments("Báo cáo"));
      await act(page, "[data-action=check]");
      await page.waitForSelector("details.group.error");
      await expect.poll(() => page.locator("#message").textContent()).toContain(c.message);
      const d18 = await page.evaluate(() => excelHost.cell("Báo cáo", "D18"));
      expect(d18.fill.color, c.excelApi).toBe(c.fills ? "#FFC7CE" : "#FFFF00");
      expect(d18.note, c.excelApi).toBeNull();
      const comments = await page.evaluate(() => excelHost.comments("Báo cáo"));
      if (c.comments) {
        // The user's comment keeps its text and gets the explanation as a reply; a new cell gets a comment.
        expect(comments.D18?.[0]).toBe("Ý kiến của phòng: kiểm tra lại");
        expect(comments.D18?.[1]).toMatch(/^\[Tổng hợp TTM\] /);
        expect(comments.D25?.[0]).toMatch(/^\[Tổng hợp TTM\] /);
        await shot(page, "8-nhan-xet-excelapi-1.12");
      } else {
        expect(comments).toEqual(commentsBefore);
      }
      await act(page, "[data-action=clear]");
      expect(await formatting(page, "Báo cáo"), c.excelApi).toEqual(before);
      expect(await page.evaluate(() => excelHost.comments("Báo cáo")), c.excelApi).toEqual(commentsBefore);
      await page.close();
    }
  });

  it("reads a sheet past Excel on the web's 5 MB limit in bands and restores it exactly", async () => {
    // 15,000 rows of 400-character notes: the sheet's response is past 5 MB.
    const noteRows = { count: 15_000, text: "Ghi chú của đơn vị về nguồn số liệu. ".repeat(11) };
    const { sheets } = await unitSheets(
      { unit: "Đảng ủy Khối các cơ quan tỉnh", values: messyValues, shortSum: true, noteRows },
      "lon.xlsx",
    );
    const page = await openTaskpane(browser, url, host, { sheets });
    const before = await formatting(page, "Báo cáo");
    await act(page, "[data-action=check]");
    // The short SUM (R10) and the planted R1 error, found past the first band.
    expect(await page.locator("#message").textContent()).toMatch(/Đã đánh dấu 2 ô/);
    const marked = await page.evaluate(() => ({ ...excelHost.stats }));
    // The read went in bands: every batch stayed under the limit (the host fails a batch over 5 MB).
    expect(marked.syncs).toBeGreaterThan(3);
    await act(page, "[data-action=clear]");
    expect(await formatting(page, "Báo cáo")).toEqual(before);
    await page.close();
  }, 240_000);

  it("uses the same number of syncs for a 50-row and a 5,000-row sheet", async () => {
    const costs = [
      ...(await measureActions({ browser, url, host, tmp }, 50)),
      ...(await measureActions({ browser, url, host, tmp }, 5000)),
    ];
    const table = [...new Set(costs.map((c) => c.action))].map((action) => {
      const at = (rows: number) => costs.find((c) => c.action === action && c.rows === rows)!;
      return {
        action,
        "syncs 50": at(50).syncs,
        "syncs 5000": at(5000).syncs,
        "request bytes 50": at(50).requestBytes,
        "request bytes 5000": at(5000).requestBytes,
        "response bytes 50": at(50).responseBytes,
        "response bytes 5000": at(5000).responseBytes,
      };
    });
    console.table(table);
    await writeFile(join(artifacts, "addin-syncs.json"), `${JSON.stringify(table, null, 2)}\n`);
    for (const row of table) expect(row["syncs 5000"], row.action).toBe(row["syncs 50"]);
  });
});
