// Builds the add-in into dist/: bundles (esbuild), static pages, icons and the manifest.
// Every URL comes from one base URL: --base-url=https://host/path or ADDIN_BASE_URL
// (default https://localhost:3000, the dev server that `pnpm --filter addin start` uses).
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { ICON_SIZES, iconPng } from "./scripts/icons.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split("=")
    .slice(1)
    .join("=");
const baseUrl = (arg("base-url") ?? process.env.ADDIN_BASE_URL ?? "https://localhost:3000").replace(
  /\/+$/,
  "",
);
const outdir = resolve(here, arg("outdir") ?? "dist");
const pkg = JSON.parse(await readFile(join(here, "package.json"), "utf8"));

if (!/^https:\/\//.test(baseUrl)) throw new Error(`The add-in's base URL must be https: ${baseUrl}`);

await rm(outdir, { recursive: true, force: true });
await mkdir(join(outdir, "assets"), { recursive: true });

// The workspace packages are bundled from source, so the add-in builds without building them first.
const alias = {
  "@tonghop/core": join(here, "../packages/core/src/index.ts"),
  "@tonghop/xlsx": join(here, "../packages/xlsx/src/index.ts"),
};
const common = {
  bundle: true,
  minify: true,
  sourcemap: true,
  // Edge WebView2, Safari WKWebView (Mac, iPad) and current browsers for Excel on the web.
  target: ["es2020", "chrome100", "safari15"],
  alias,
  logLevel: "warning",
  legalComments: "none",
};

await esbuild.build({
  ...common,
  entryPoints: { taskpane: join(here, "src/taskpane.ts") },
  outdir,
  format: "esm",
  // The xlsx reader is a separate chunk, loaded when Tổng hợp first runs.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
await esbuild.build({
  ...common,
  entryPoints: { commands: join(here, "src/commands.ts"), functions: join(here, "src/functions.ts") },
  outdir,
  format: "iife",
});

for (const file of ["taskpane.html", "taskpane.css", "commands.html", "functions.html", "functions.json"]) {
  await copyFile(join(here, "src", file), join(outdir, file));
}
for (const size of ICON_SIZES) await writeFile(join(outdir, "assets", `icon-${size}.png`), iconPng(size));

const version = `${pkg.version}.0`.split(".").slice(0, 4).join(".");
const manifest = (await readFile(join(here, "manifest.template.xml"), "utf8"))
  .replaceAll("{{BASE_URL}}", baseUrl)
  .replaceAll("{{VERSION}}", version);
await writeFile(join(outdir, "manifest.xml"), manifest);

console.log(`addin built into ${outdir} for ${baseUrl}`);
