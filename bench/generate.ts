import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { fileOf } from "./cache.js";
import { commune } from "./communes.js";
import { communeWorkbook } from "./workbook.js";

/** Writes the workbooks of communes [from, to) that are not there yet. */
export async function generate(dir: string, from: number, to: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = from; i < to; i++) {
    const file = fileOf(dir, i);
    if (existsSync(file)) continue;
    // Written aside and renamed, so that a run stopped halfway leaves no broken workbook behind.
    await writeFile(`${file}.part`, await communeWorkbook(commune(i)));
    await rename(`${file}.part`, file);
  }
}
