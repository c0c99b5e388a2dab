import type { Form, RosterDefinition } from "../form/schema.js";
import type { Grid } from "../grid/index.js";
import { createIssue, type Issue, sortIssues, TonghopError } from "../issue/index.js";
import { findHeader, type HeaderMatch } from "../read/header.js";
import { foldedKey } from "../read/keys.js";
import { isFooter, sectionOf } from "../read/rows.js";
import { type SheetView, sheetView } from "../read/sheet.js";
import type { Where } from "../read/title.js";
import { readCell } from "../read/value.js";
import type { RosterEntry } from "../report/index.js";
import { rosterRoleOf } from "./role.js";

type RosterColumnRole = RosterDefinition["columns"][number]["role"];

export interface RosterOptions {
  readonly file?: string;
  readonly sheet?: string;
  /** Font of the whole sheet where the grid does not give each cell's. */
  readonly font?: string;
}

export interface RosterResult {
  readonly roster: RosterEntry[];
  readonly issues: Issue[];
}

function definitionOf(form: Form): RosterDefinition {
  if (!form.roster) {
    throw new TonghopError(
      "ROSTER.NOT_DEFINED",
      `Mẫu biểu ${form.id} không có danh sách báo cáo viên, tuyên truyền viên.`,
      `Form ${form.id} defines no roster of reporters and propagandists.`,
    );
  }
  return form.roster;
}

function rosterHeader(view: SheetView, roster: RosterDefinition): HeaderMatch<RosterColumnRole> | undefined {
  return findHeader(view, roster.columns, ["name"], "name");
}

/** Whether a sheet is the form's roster (Danh sách báo cáo viên, tuyên truyền viên): a header with a name column and a role or count column. */
export function isRosterGrid(form: Form, grid: Grid): boolean {
  return isRosterView(form, sheetView(grid));
}

/** {@link isRosterGrid} over a view already made (shared with the reader of the same sheet). */
export function isRosterView(form: Form, view: SheetView): boolean {
  if (!form.roster) return false;
  const header = rosterHeader(view, form.roster);
  return header !== undefined && ["role", "sessions", "listeners"].some((r) => r in header.columns);
}

const TOTAL = /^(?:tong cong|tong so|tong|cong)\b/;

/**
 * Reads the roster sheet: one entry per person, the role mapped to the form's role id (BCV_TINH,
 * TTV_CC, …) from the Loại column or, without one, from the group heading above ("II. Tuyên
 * truyền viên cốt cán"); sessions and listeners as numbers (null where unreadable or empty).
 * Total rows are left out. Throws TonghopError only for a form without a roster.
 */
export function readRoster(form: Form, grid: Grid, options: RosterOptions = {}): RosterResult {
  return readRosterView(form, sheetView(grid, options.font), options);
}

/** {@link readRoster} over a view already made (with the font the caller wants; `options.font` is not read again). */
export function readRosterView(form: Form, view: SheetView, options: RosterOptions = {}): RosterResult {
  const roster = definitionOf(form);
  const sheet = options.sheet ?? view.grid.sheet;
  const where: Where = {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(sheet === undefined ? {} : { sheet }),
  };
  const header = rosterHeader(view, roster);
  if (!header) {
    const names = (role: RosterColumnRole) =>
      (roster.columns.find((c) => c.role === role)?.headers ?? []).map((h) => `“${h}”`).join(", ");
    return {
      roster: [],
      issues: [
        createIssue({
          code: "ROSTER.NO_HEADER",
          severity: "error",
          ...where,
          vi: `Không tìm thấy dòng tiêu đề cột của danh sách báo cáo viên, tuyên truyền viên. Cần có cột họ tên (${names("name")}); nên có cột loại (${names("role")}), số buổi và lượt người nghe. Hãy thêm dòng tiêu đề cột với các tên này.`,
          en: `No column header row of the roster of reporters and propagandists was found. It needs a name column (${names("name")}); a role column (${names("role")}), sessions and listeners should be there too. Add a header row with these names.`,
        }),
      ],
    };
  }
  const col = header.columns;
  const entries: RosterEntry[] = [];
  const issues: Issue[] = [];
  const headerText = (c: number) => view.text(header.lastRow, c) || view.text(header.row, c);
  let groupRole: RosterEntry["role"];

  for (let row = header.lastRow + 1; row < view.rowCount; row++) {
    const name = view.mergedText(row, col.name!);
    const stt = col.stt === undefined ? "" : view.text(row, col.stt);
    if (name === "") continue;
    if (isFooter(name)) break;
    if (TOTAL.test(foldedKey(name))) continue;
    if (sectionOf(form, stt, name) !== undefined) {
      groupRole = rosterRoleOf(form, name);
      continue;
    }
    const cell = view.address(row, col.name!);
    const roleText = col.role === undefined ? "" : view.text(row, col.role);
    const role = roleText === "" ? groupRole : rosterRoleOf(form, roleText);
    if (role === undefined) {
      const at = col.role === undefined ? cell : view.address(row, col.role);
      issues.push(
        createIssue({
          code: "ROSTER.ROLE_UNKNOWN",
          severity: "warning",
          ...where,
          cell: at,
          vi: `Không rõ ${name} là báo cáo viên hay tuyên truyền viên loại nào (ô ${at}: “${roleText}”). Hãy ghi một trong các loại: ${roster.roles.map((r) => r.labels[0]).join(", ")}.`,
          en: `The kind of reporter or propagandist of ${name} is unclear (cell ${at}: “${roleText}”). Write one of: ${roster.roles.map((r) => r.labels[0]).join(", ")}.`,
        }),
      );
    }
    const count = (role: "sessions" | "listeners"): number | null => {
      const c = col[role];
      if (c === undefined) return null;
      return readCell(view, row, c, where, `${headerText(c)}, ${name}`, issues)?.value ?? null;
    };
    const unit = col.unit === undefined ? "" : view.text(row, col.unit);
    entries.push({
      name,
      ...(unit === "" ? {} : { unit }),
      ...(role === undefined ? {} : { role }),
      sessions: count("sessions"),
      listeners: count("listeners"),
      cell,
    });
  }
  return { roster: entries, issues: sortIssues(issues) };
}
