/**
 * One measurement in its own process, so that its time and peak memory are its own. run.ts
 * bundles it (core, xlsx and the CLI's io from source) and runs it with plain node, as the built
 * CLI runs; it prints one JSON line.
 *   core <floor|hierarchy|noHierarchy|validated> <count> <runs>
 *   files <floor|exceljs|tonghop> <dir> <count> <runs> <hierarchy.csv> <unit>
 *   generate <dir> <from> <to>
 */
import { join } from "node:path";
import type { CoreVariant } from "./core.js";
import type { FilesPath } from "./files.js";

// Each scenario loads only its own modules: the core rows' memory holds no ExcelJS.

async function main(args: readonly string[]): Promise<unknown> {
  const [scenario, ...rest] = args;
  if (scenario === "core") {
    const [variant, count, runs] = rest;
    const { runCore } = await import("./core.js");
    return runCore(variant as CoreVariant, Number(count), Number(runs));
  }
  if (scenario === "files") {
    const [path, dir, count, runs, hierarchy, unit] = rest as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const { runFiles } = await import("./files.js");
    const { fileOf } = await import("./cache.js");
    const files = Array.from({ length: Number(count) }, (_, i) => fileOf(dir, i));
    return runFiles(path as FilesPath, files, Number(runs), join(dir, hierarchy), unit);
  }
  if (scenario === "generate") {
    const [dir, from, to] = rest as [string, string, string];
    const { generate } = await import("./generate.js");
    await generate(dir, Number(from), Number(to));
    return { generated: Number(to) - Number(from) };
  }
  throw new Error(`unknown scenario: ${args.join(" ")}`);
}

main(process.argv.slice(2)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
