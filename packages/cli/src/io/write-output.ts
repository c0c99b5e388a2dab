import { randomBytes } from "node:crypto";
import { mkdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../errors.js";

async function canonical(path: string): Promise<string> {
  const full = resolve(path);
  // The file may not exist yet: resolve its folder, which may be a link.
  const dir = await realpath(dirname(full)).catch(() => dirname(full));
  const file = await realpath(full).catch(() => join(dir, basename(full)));
  return file;
}

/** Refuses an output path that is one of the inputs: an input is never written to. */
export async function checkOutput(out: string, inputs: readonly string[]): Promise<void> {
  const target = await canonical(out);
  for (const input of inputs) {
    if ((await canonical(input)) === target) {
      throw new CliError({
        vi: `Tệp kết quả "${out}" trùng với tệp đầu vào; tonghop không ghi đè báo cáo của đơn vị. Hãy chọn tên khác cho --out.`,
        en: `The output "${out}" is one of the input files; tonghop never writes over a unit's report. Choose another --out.`,
      });
    }
  }
}

/**
 * Writes the bytes to a temporary file beside `out`, then renames it into place, so that a reader
 * never sees half a workbook and a failed write leaves the old file as it was.
 */
export async function writeOutput(out: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(resolve(out));
  const temp = join(dir, `.${basename(out)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError({
      vi: `Không ghi được tệp kết quả "${out}" (${reason}). Hãy kiểm tra thư mục, quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`,
      en: `Could not write "${out}" (${reason}). Check the folder and permissions, or close the file if Excel has it open.`,
    });
  }
}
