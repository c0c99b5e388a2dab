import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import type { HostConfig } from "./excel-host.js";

export type { Browser, Page };

/**
 * The browser side of the add-in's end-to-end test: builds the add-in, serves addin/dist on
 * localhost, and opens the task pane in Debian's Chromium with the in-page Excel test host
 * served in place of Microsoft's office.js. Lives in addin/ so that its dependencies
 * (esbuild, playwright-core) resolve from the add-in's package.
 */
export const CHROMIUM = "/usr/bin/chromium";
const addin = fileURLToPath(new URL("../", import.meta.url));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const chromiumAvailable = () => existsSync(CHROMIUM);

export function buildAddin(outdir = "dist"): string {
  execFileSync(process.execPath, [join(addin, "build.mjs"), `--outdir=${outdir}`], { stdio: "pipe" });
  return resolve(addin, outdir);
}

export async function hostScript(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(addin, "test-host/excel-host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
  });
  return result.outputFiles[0]!.text;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

export async function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(root, path);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/** Opens the task pane against a fresh test host holding `config`'s workbook. */
export async function openTaskpane(
  browser: Browser,
  url: string,
  host: string,
  config: HostConfig,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Nothing else leaves the machine (routes registered later win, so office.js is served below).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `globalThis.excelHostConfig = ${JSON.stringify(config)};\n${host}`,
    }),
  );
  await page.goto(`${url}/taskpane.html`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 }).catch((e) => {
    throw new Error(`${e}\n${errors.join("\n")}`);
  });
  return page;
}
