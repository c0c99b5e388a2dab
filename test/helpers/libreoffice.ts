import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readCsvByCharacter } from "./csv.js";

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  for (const candidate of [
    "/usr/bin/soffice",
    "/usr/bin/libreoffice",
    "/usr/lib/libreoffice/program/soffice",
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return found === "" ? undefined : found;
}

/**
 * A LibreOffice user profile that recalculates every formula when a file is loaded (OOXML and
 * ODF: "always"). Without it LibreOffice shows the cached results saved in the file, and a test of
 * the formulas would prove nothing. With `locale` (vi-VN) numbers show as a Vietnamese Excel shows
 * them (37.320); keep the default for CSV, whose unformatted numbers then keep `.` as the decimal.
 */
export function recalculatingProfile(dir: string, options: { locale?: string } = {}): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${options.locale ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${options.locale}</value></prop></item>\n` : ""}</oor:items>
`,
  );
  return `file://${dir}`;
}

function convert(soffice: string, profile: string, file: string, outDir: string, format: string): void {
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}

/**
 * Every sheet of a workbook as CSV rows, after LibreOffice recalculated it: the filter's last token
 * (-1) writes one file per sheet, `<name>-<sheet>.csv` (LibreOffice ≥ 7.2). Numbers are written
 * unformatted (`37320`, `63.3`).
 */
export function sheetsAsCsv(
  soffice: string,
  profile: string,
  file: string,
  outDir: string,
): Map<string, string[][]> {
  convert(
    soffice,
    profile,
    file,
    outDir,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
  );
  const stem = basename(file).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith(".csv")) continue;
    sheets.set(name.slice(stem.length + 1, -4), readCsvByCharacter(readFileSync(join(outDir, name), "utf8")));
  }
  return sheets;
}

/** The workbook as a PDF, every sheet as printed. */
export function workbookAsPdf(soffice: string, profile: string, file: string, outDir: string): string {
  convert(soffice, profile, file, outDir, "pdf");
  return join(outDir, basename(file).replace(/\.xlsx$/, ".pdf"));
}
