import { readFile } from "node:fs/promises";
import {
  checkRoster,
  type Form,
  type Hierarchy,
  type Issue,
  isRosterGrid,
  type Report,
  type RosterEntry,
  readGrid,
  readRoster,
  sortIssues,
  validate,
} from "@tonghop/core";
import { readWorkbook, type SheetData } from "@tonghop/xlsx";
import { CliError, errorText } from "../errors.js";

/** A unit's workbook as read: the form sheet's report, its roster, and what reading found. */
export interface LoadedUnit {
  /** The path as the user gave it (or as found in a folder). */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** The sheet read as the form, when one has the form's header. */
  readonly sheet?: string;
  readonly report: Report;
  readonly roster?: readonly RosterEntry[];
  /** Issues from reading the form and roster sheets (validation is separate). */
  readonly readIssues: readonly Issue[];
  /** When the workbook was last saved, from its document properties. */
  readonly modified?: string;
}

export interface LoadOptions {
  readonly hierarchy?: Hierarchy;
}

/** Reads a file's bytes; a missing or unreadable file stops with a message naming it. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(errorText(error, file));
  }
}

interface Candidate {
  readonly sheet: SheetData;
  readonly report: Report;
  readonly issues: Issue[];
  readonly found: number;
  readonly header: boolean;
}

/**
 * Reads a unit's workbook: picks the sheet of the form (the one read with a header and the most
 * indicators; visible sheets before hidden ones) and a roster sheet when there is one. Throws (an
 * XlsxError or CliError) only when the file cannot be read as a workbook at all.
 */
export async function loadUnit(form: Form, file: string, options: LoadOptions = {}): Promise<LoadedUnit> {
  const bytes = await readBytes(file);
  const workbook = readWorkbook(bytes, { file });
  let best: Candidate | undefined;
  let rosterSheet: SheetData | undefined;
  for (const sheet of workbook.sheets) {
    if (isRosterGrid(form, sheet.grid)) {
      if (!rosterSheet || (rosterSheet.hidden && !sheet.hidden)) rosterSheet = sheet;
      continue;
    }
    const { report, issues } = readGrid(form, sheet.grid, {
      file,
      sheet: sheet.name,
      ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
    });
    const candidate: Candidate = {
      sheet,
      report,
      issues,
      found: Object.keys(report.values).length,
      header: !issues.some((i) => i.code === "READ.NO_HEADER"),
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  if (!best) {
    throw new CliError({
      vi: `Tệp "${file}" không có trang tính nào để đọc. Hãy kiểm tra lại tệp báo cáo.`,
      en: `"${file}" has no worksheet to read. Check the report file.`,
    });
  }
  let report = best.report;
  const readIssues = [...best.issues];
  let roster: RosterEntry[] | undefined;
  if (rosterSheet) {
    const read = readRoster(form, rosterSheet.grid, { file, sheet: rosterSheet.name });
    roster = read.roster;
    readIssues.push(...read.issues);
    report = { ...report, roster };
  }
  return {
    file,
    bytes,
    ...(best.header ? { sheet: best.sheet.name } : {}),
    report,
    ...(roster === undefined ? {} : { roster }),
    readIssues,
    ...(workbook.properties.modified === undefined ? {} : { modified: workbook.properties.modified }),
  };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.header !== b.header) return a.header;
  if (a.sheet.hidden !== b.sheet.hidden) return !a.sheet.hidden;
  return a.found > b.found;
}

/** Every issue of a unit's workbook: reading, the form's rules, and the roster against the form. */
export function checkUnit(form: Form, unit: LoadedUnit): Issue[] {
  const issues = [...unit.readIssues];
  if (unit.sheet !== undefined) {
    issues.push(...validate(form, unit.report, { file: unit.file }));
    if (unit.roster) {
      issues.push(
        ...checkRoster(form, unit.report, unit.roster).map((i) =>
          i.file === undefined ? { ...i, file: unit.file } : i,
        ),
      );
    }
  }
  return sortIssues(issues);
}
