import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "@tonghop/xlsx";
import { type Browser, buildAddin, hostScript, launch, openTaskpane, type Page, serve } from "./browser.js";
import type { HostGrid, HostStats } from "./excel-host.js";
import { messyValues, type UnitFixture, unitWorkbook } from "./fixtures.js";

/**
 * What each task pane action costs on the test host, for sheets of a given number of rows:
 * context.sync() calls and the bytes sent and received. The end-to-end test asserts that the
 * counts do not grow with the sheet; the benchmark (`pnpm bench`, row 3) prints them.
 */
export interface ActionCost {
  readonly action: string;
  readonly rows: number;
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export interface BenchContext {
  readonly browser: Browser;
  readonly url: string;
  readonly host: string;
  /** A folder for the workbook the Tổng hợp action picks. */
  readonly tmp: string;
}

/** A unit workbook written by @tonghop/xlsx and read back: its bytes and the Grids the test host starts from. */
export async function unitSheets(
  fixture: UnitFixture,
  file: string,
): Promise<{ bytes: Uint8Array; sheets: HostGrid[] }> {
  const bytes = await writeWorkbook(unitWorkbook(fixture));
  return {
    bytes,
    sheets: readWorkbook(bytes, { file }).sheets.map((s) => ({
      name: s.name,
      origin: s.grid.origin,
      values: s.grid.values,
      formulas: s.grid.formulas,
      numberFormats: s.grid.numberFormats,
    })),
  };
}

/** Clicks a button of the pane and waits until its action has finished (the pane marks itself busy meanwhile). */
export async function act(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.waitForSelector("body:not([data-busy])", { timeout: 60_000 });
}

declare const excelHost: { stats: HostStats; resetStats(): void };

/**
 * Runs every action once on a messy unit sheet of `rows` rows (the form's rows, then rows that
 * match no indicator, each an issue core reports, so marks grow with the sheet too).
 */
export async function measureActions(context: BenchContext, rows: number): Promise<ActionCost[]> {
  const formRows = 53;
  const { sheets, bytes } = await unitSheets(
    {
      unit: "Đảng ủy Khối các cơ quan tỉnh",
      code: "DUK_CQ",
      values: messyValues,
      shortSum: true,
      padding: Math.max(0, rows - formRows),
    },
    `${rows}.xlsx`,
  );
  const picked = join(context.tmp, `bao-cao-${rows}-dong.xlsx`);
  await writeFile(picked, bytes);
  const page = await openTaskpane(context.browser, context.url, context.host, { sheets });
  const costs: ActionCost[] = [];
  const measure = async (action: string, run: () => Promise<unknown>) => {
    await page.evaluate(() => excelHost.resetStats());
    await run();
    const stats = await page.evaluate(() => ({ ...excelHost.stats }));
    costs.push({
      action,
      rows,
      syncs: stats.syncs,
      requestBytes: stats.requestBytes,
      responseBytes: stats.responseBytes,
    });
  };
  await measure("Kiểm tra", () => act(page, "[data-action=check]"));
  await measure("Tính tổng (xem trước)", () => act(page, "[data-action=totals]"));
  await measure("Tính tổng (áp dụng)", () => act(page, "#apply-totals"));
  await measure("Chỉ tiêu", () => act(page, "[data-action=targets]"));
  await measure("Xóa đánh dấu", () => act(page, "[data-action=clear]"));
  await measure("Mẫu biểu", async () => {
    await act(page, "[data-action=template]");
    await page.fill("#unit-code", "DUK_CQ");
    await act(page, "#insert-template");
  });
  await measure("Tổng hợp", async () => {
    await act(page, "[data-action=consolidate]");
    await page.setInputFiles("#files", [picked]);
    await act(page, "#run-consolidate");
  });
  const failed = await page.locator("#message.error").count();
  await page.close();
  if (failed > 0) throw new Error(`An action failed on the ${rows}-row sheet`);
  return costs;
}

/** Builds the add-in, serves it, and measures every action for each sheet size: for the benchmark. */
export async function benchAddin(sizes: readonly number[] = [50, 5000]): Promise<ActionCost[]> {
  const tmp = await mkdtemp(join(tmpdir(), "tonghop-addin-bench-"));
  const { server, url } = await serve(buildAddin(join(tmp, "dist")));
  const browser = await launch();
  try {
    const host = await hostScript();
    const costs: ActionCost[] = [];
    for (const rows of sizes) costs.push(...(await measureActions({ browser, url, host, tmp }, rows)));
    return costs;
  } finally {
    await browser.close();
    server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
