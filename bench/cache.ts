import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { commune, hierarchyCsv } from "./communes.js";

/** Bump when the generated workbooks change, so that an old cache is not measured. */
export const GENERATOR_VERSION = 1;

/** Where the workbooks are kept between runs (generating 3,321 takes a minute or two). */
export const cacheDir = (workDir: string): string => join(workDir, `workbooks-v${GENERATOR_VERSION}`);

export const fileOf = (dir: string, index: number): string => join(dir, `${commune(index).code}.xlsx`);

/** Whether every workbook up to `count` is there (a stamp written once a run generated them all). */
export async function isGenerated(dir: string, count: number): Promise<boolean> {
  try {
    return Number(await readFile(join(dir, "generated.txt"), "utf8")) >= count;
  } catch {
    return false;
  }
}

export async function stampGenerated(dir: string, count: number): Promise<void> {
  await writeFile(join(dir, "generated.txt"), String(count));
}

/**
 * The hierarchy file of a consolidation of the first `count` communes, named for it: national
 * (TW → provinces → communes) or one province (P01 → its communes, count ≤ 100).
 */
export async function writeHierarchy(dir: string, root: "TW" | "P01", count: number): Promise<string> {
  const name = `hierarchy-${root}-${count}.csv`;
  const communes = Array.from({ length: count }, (_, i) => commune(i));
  await writeFile(join(dir, name), hierarchyCsv(communes, root));
  return name;
}
