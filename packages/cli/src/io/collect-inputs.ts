import { lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { CliError } from "../errors.js";

/**
 * Files a unit may send as its report. tonghop reads .xlsx/.xlsm; an old .xls, a binary .xlsb or a
 * LibreOffice .ods is collected too, so that it is named as unreadable with what to do (save it as
 * .xlsx) instead of its unit silently showing as not having reported.
 */
const WORKBOOK = new Set([".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]);

/** Excel's lock files (`~$Bao cao.xlsx`) and hidden files are not reports. */
const skipped = (name: string) => name.startsWith("~$") || name.startsWith(".");

/**
 * The workbooks named on the command line: files as given, folders walked for workbooks (.xlsx,
 * .xlsm and the formats to be saved as .xlsx: .xls, .xlsb, .ods; sorted by path). A symbolic link inside a folder is followed only while it stays inside that folder,
 * so a link to elsewhere cannot make tonghop read files the user did not point at. Synchronous:
 * a shell's `*.xlsx` may name thousands of files, and a promise per stat costs more than the stat.
 */
export function collectInputs(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const info = statOrNothing(path);
    if (!info) {
      throw new CliError({
        vi: `Không tìm thấy "${path}". Hãy kiểm tra lại đường dẫn tệp hoặc thư mục.`,
        en: `"${path}" not found. Check the path of the file or folder.`,
      });
    }
    if (info.isDirectory()) {
      const root = realpathSync(path);
      const found = walk(path, root, new Set([root]));
      if (found.length === 0) {
        throw new CliError({
          vi: `Thư mục "${path}" không có tệp .xlsx nào. Hãy chép các báo cáo của đơn vị vào thư mục này.`,
          en: `Folder "${path}" holds no .xlsx file. Put the units' reports in it.`,
        });
      }
      files.push(...found.sort((a, b) => a.localeCompare(b)));
    } else {
      files.push(path);
    }
  }
  // The same file named twice is read once.
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrNothing(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function walk(dir: string, root: string, visited: Set<string>): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = realpathOrNothing(path);
      if (target === undefined || !inside(root, target)) continue;
      const info = lstatSync(target);
      isDir = info.isDirectory();
      isFile = info.isFile();
      if (isDir && visited.has(target)) continue;
      if (isDir) visited.add(target);
    }
    if (isDir) out.push(...walk(path, root, visited));
    else if (isFile && WORKBOOK.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
}
