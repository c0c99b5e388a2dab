import { indicatorOf } from "../form/lookup.js";
import type { Form, RosterRole } from "../form/schema.js";
import { createIssue, type Issue } from "../issue/index.js";
import { formatViNumber } from "../number/index.js";
import type { Report, RosterEntry } from "../report/index.js";
import { roleLabel } from "./role.js";

/** BCV_TINH → BCV: reporters and propagandists are often listed on separate rosters. */
const familyOf = (role: string) => role.split("_")[0];

const measureVi = { count: "số người", sessions: "tổng số buổi", listeners: "tổng lượt người nghe" } as const;
const measureEn = {
  count: "the number of people",
  sessions: "the sessions",
  listeners: "the listeners",
} as const;

/**
 * Checks the roster against the form (DESIGN §4): for each of the form's roster checks, the
 * roster's head count, sessions or listeners of those roles equals the indicator (ROSTER.MISMATCH,
 * an error; a warning when the form's figure is an estimate such as "trên 14.000"). A check is
 * skipped when the indicator has no value, when a person's figure is unreadable, or when the
 * roster lists nobody of that kind at all (a roster of reporters only says nothing of propagandists).
 */
export function checkRoster(form: Form, report: Report, roster: readonly RosterEntry[]): Issue[] {
  if (!form.roster || roster.length === 0) return [];
  const listed = new Set(roster.flatMap((e) => (e.role === undefined ? [] : [familyOf(e.role)])));
  const issues: Issue[] = [];
  for (const check of form.roster.checks) {
    const stated = report.values[check.indicator];
    if (stated?.value === null || stated?.value === undefined) continue;
    if (!check.roles.some((role) => listed.has(familyOf(role)))) continue;
    const people = roster.filter((e) => e.role !== undefined && (check.roles as string[]).includes(e.role));
    const figures = people.map((e) =>
      check.measure === "count" ? 1 : check.measure === "sessions" ? e.sessions : e.listeners,
    );
    if (figures.some((n) => n === null)) continue;
    const total = (figures as number[]).reduce((a, b) => a + b, 0);
    if (total === stated.value) continue;
    const indicator = indicatorOf(form, check.indicator);
    const roles = check.roles.map((r: RosterRole) => roleLabel(form, r)).join(", ");
    const cell = stated.cell ? ` (ô ${stated.cell})` : "";
    const cellEn = stated.cell ? ` (cell ${stated.cell})` : "";
    issues.push(
      createIssue({
        code: "ROSTER.MISMATCH",
        severity: stated.approximate ? "warning" : "error",
        ...(report.file === undefined ? {} : { file: report.file }),
        ...(report.sheet === undefined ? {} : { sheet: report.sheet }),
        ...(stated.cell === undefined ? {} : { cell: stated.cell }),
        ...(report.unit.code === undefined ? {} : { unit: report.unit.code }),
        indicator: check.indicator,
        vi: `Danh sách báo cáo viên, tuyên truyền viên có ${measureVi[check.measure]} là ${formatViNumber(total)} (${roles}), nhưng biểu ghi “${indicator?.label ?? check.indicator}” (${check.indicator}) là ${formatViNumber(stated.value)}${cell}. Hãy đối chiếu danh sách với biểu và sửa cho khớp.`,
        en: `The roster of reporters and propagandists gives ${measureEn[check.measure]} as ${total} (${check.roles.join(", ")}), but the form states “${indicator?.labelEn ?? check.indicator}” (${check.indicator}) as ${stated.value}${cellEn}. Compare the roster with the form and make them agree.`,
      }),
    );
  }
  return issues;
}
