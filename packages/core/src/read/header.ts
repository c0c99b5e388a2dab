import { Period } from "../period/index.js";
import { isAsciiWithoutLetter } from "../text/ascii.js";
import { memoizeText } from "../text/memoize.js";
import { foldedKey, tokensOf } from "./keys.js";
import type { SheetView } from "./sheet.js";

/** A column role and the header words that name it (a form's or a roster's columns). */
export interface ColumnSpec<R extends string> {
  readonly role: R;
  readonly headers: readonly string[];
}

export interface HeaderMatch<R extends string> {
  /** Grid row of the header. */
  readonly row: number;
  /** Last grid row of the header: row + 1 when a row of sub-headers sits under it. */
  readonly lastRow: number;
  /** Grid column of each role found. */
  readonly columns: Partial<Record<R, number>>;
  /** Every column a role's header covers (a merged "Chỉ tiêu" over two label columns). */
  readonly spans: Partial<Record<R, readonly [number, number]>>;
}

/** Rows searched for the header: title blocks are short. */
export const HEADER_SEARCH_ROWS = 30;

/** A cell longer than the header words by more than this is text, not a header. */
const EXTRA_WORDS = 5;

interface HeaderWord<R> {
  readonly role: R;
  readonly key: string;
  /** The key and a space: what a longer cell naming this header starts with. */
  readonly prefix: string;
  readonly size: number;
}

const LETTER = /\p{L}/u;

/** The role of a cell's text, remembered, by column specs (a form's or a roster's columns, which never change). */
const rolesBySpecs = new WeakMap<readonly ColumnSpec<string>[], (text: string) => string | undefined>();

/**
 * roleOfCell over the specs' header words, remembered: every sheet's top rows are searched twice
 * (form and roster), and the same cell texts come back in every sheet of a consolidation.
 */
function cellRoles<R extends string>(specs: readonly ColumnSpec<R>[]): (text: string) => R | undefined {
  let roles = rolesBySpecs.get(specs);
  if (roles === undefined) {
    const words = buildHeaderWords(specs);
    // null for a text that names no role: a remembered answer is then found in one lookup.
    const remembered = memoizeText((text) => roleOfCell(text, words) ?? null);
    // A plain ASCII cell without a letter (a figure, a date) names no role when every header word
    // has a letter: answered at once, so the sheet's figures neither cost a lookup nor crowd the
    // memory out. (Non-ASCII text may be a legacy encoding whose symbols decode to letters.)
    const lettered = words.every((w) => LETTER.test(w.key));
    roles = (text) =>
      text === "" || (lettered && isAsciiWithoutLetter(text)) ? undefined : (remembered(text) ?? undefined);
    rolesBySpecs.set(specs, roles);
  }
  return roles as (text: string) => R | undefined;
}

function buildHeaderWords<R extends string>(specs: readonly ColumnSpec<R>[]): HeaderWord<R>[] {
  return specs.flatMap((spec) =>
    spec.headers
      .map((header) => foldedKey(header))
      .filter((key) => key !== "")
      .map((key) => ({ role: spec.role, key, prefix: `${key} `, size: tokensOf(key).length })),
  );
}

/**
 * The role a header cell names: its words equal a header's (best), else start with one
 * ("Kết quả 6 tháng đầu năm 2024", "Kế hoạch năm 2024"), the longest header winning so that
 * "Chỉ tiêu năm" is a plan and not a label.
 */
function roleOfCell<R extends string>(text: string, words: readonly HeaderWord<R>[]): R | undefined {
  const key = foldedKey(text);
  if (key === "") return undefined;
  // Counted only for a cell that starts with some header's words: most start with none.
  let size: number | undefined;
  let best: R | undefined;
  let bestScore = 0;
  for (const word of words) {
    let score = 0;
    if (key === word.key) score = 1000 + word.key.length;
    else if (key.startsWith(word.prefix)) {
      size ??= tokensOf(key).length;
      if (size <= word.size + EXTRA_WORDS) score = word.key.length;
    }
    if (score > bestScore) {
      best = word.role;
      bestScore = score;
    }
  }
  return best;
}

/** Period.tryParse of a header cell, remembered: the same period headers come back in every sheet. */
const periodOfCell = memoizeText((text) => Period.tryParse(text));

/**
 * The column a row's header names by a period alone ("Quý II/2024", "6 tháng đầu năm 2024",
 * "Năm 2024"): the latest such period, as a sheet that also shows last year's column puts the
 * older one first or last. Only cells that name no role count.
 */
function periodColumn(view: SheetView, row: number, roles: ReadonlyMap<number, unknown>): number | undefined {
  let best: { col: number; period: Period } | undefined;
  for (let col = 0; col < view.colCount; col++) {
    const text = view.text(row, col);
    if (roles.has(col) || !/\d{4}/.test(text)) continue;
    const period = periodOfCell(text);
    if (period === undefined) continue;
    const end = (p: Period) => p.year * 12 + p.months[p.months.length - 1]!;
    if (best === undefined || end(period) > end(best.period)) best = { col, period };
  }
  return best?.col;
}

/** The roles a row's cells name, by column; undefined for a row that names none (most rows). */
function rolesOfRow<R extends string>(
  view: SheetView,
  row: number,
  roleOf: (text: string) => R | undefined,
  periodRole?: R,
): Map<number, R> | undefined {
  let roles: Map<number, R> | undefined;
  for (let col = 0; col < view.colCount; col++) {
    const role = roleOf(view.text(row, col));
    if (role === undefined) continue;
    if (roles === undefined) roles = new Map();
    // The leftmost cell of a role names the column; a second one is another period or a copy.
    else if (hasRole(roles, role)) continue;
    roles.set(col, role);
  }
  if (roles !== undefined && periodRole !== undefined && !hasRole(roles, periodRole)) {
    const col = periodColumn(view, row, roles);
    if (col !== undefined) roles.set(col, periodRole);
  }
  return roles;
}

function hasRole<R>(roles: ReadonlyMap<number, R>, role: R): boolean {
  for (const r of roles.values()) if (r === role) return true;
  return false;
}

const isNumeric = (view: SheetView, row: number, col: number): boolean => {
  const v = view.value(row, col);
  return typeof v === "number" || (typeof v === "string" && /^\s*[\d.,\s]+\s*$/.test(v) && /\d/.test(v));
};

/**
 * Whether the row under a header holds its sub-headers ("Kết quả" merged over "Thực hiện" and
 * "Kế hoạch năm"): some cell names a role, no cell holds a number, and every other cell sits
 * under a header merged across columns.
 */
function isSubHeader<R extends string>(view: SheetView, row: number, header: number, sub: Map<number, R>) {
  if (sub.size === 0) return false;
  const mergedAbove = new Set<number>();
  for (let col = 0; col < view.colCount; col++) {
    const [left, right] = view.span(header, col);
    if (right > left) for (let c = left; c <= right; c++) mergedAbove.add(c);
  }
  for (let col = 0; col < view.colCount; col++) {
    if (view.text(row, col) === "") continue;
    if (isNumeric(view, row, col)) return false;
    if (!sub.has(col) && !mergedAbove.has(col)) return false;
  }
  return true;
}

/**
 * Finds the header row among the first rows: the row (with the sub-header row under it, if any)
 * whose cells name the most roles and all required ones. Earliest wins a tie. `periodRole`: the
 * role a cell naming only a period takes in a row that names roles but not this one.
 */
export function findHeader<R extends string>(
  view: SheetView,
  specs: readonly ColumnSpec<R>[],
  required: readonly R[],
  label?: R,
  periodRole?: R,
): HeaderMatch<R> | undefined {
  const roleOf = cellRoles(specs);
  const last = Math.min(view.rowCount, HEADER_SEARCH_ROWS);
  // Each row's roles, read when first needed: rows after a header that names every role are not.
  const rows = new Map<number, Map<number, R> | undefined>();
  const rolesAt = (row: number) => {
    if (!rows.has(row)) rows.set(row, rolesOfRow(view, row, roleOf, periodRole));
    return rows.get(row);
  };
  // The row under the last one searched is read only as its sub-headers.
  const rolesUnder = (row: number) => (row < view.rowCount ? rolesAt(row) : undefined);
  // No later row can name more roles than every one (and the earliest wins a tie).
  const allRoles = new Set(specs.map((spec) => spec.role)).size;
  let best: HeaderMatch<R> | undefined;
  let bestScore = 0;
  for (let row = 0; row < last && bestScore < allRoles; row++) {
    const own = rolesAt(row);
    if (own === undefined) continue;
    const roles = new Map(own);
    let lastRow = row;
    const under = rolesUnder(row + 1) ?? new Map<number, R>();
    // Sub-headers refine a header that names the label column; they never name it themselves.
    if (
      row + 1 < view.rowCount &&
      (label === undefined || (hasRole(own, label) && !hasRole(under, label))) &&
      isSubHeader(view, row + 1, row, under)
    ) {
      for (const [col, role] of under) {
        for (const [c, r] of roles) if (r === role) roles.delete(c);
        roles.set(col, role);
      }
      lastRow = row + 1;
    }
    const found = new Set(roles.values());
    if (!required.every((role) => found.has(role))) continue;
    if (found.size > bestScore) {
      bestScore = found.size;
      const columns: Partial<Record<R, number>> = {};
      const spans: Partial<Record<R, readonly [number, number]>> = {};
      for (const [col, role] of roles) {
        columns[role] = col;
        spans[role] = lastRow === row || !under.has(col) ? view.span(row, col) : [col, col];
      }
      best = { row, lastRow, columns, spans };
    }
  }
  return best;
}
