import { indicatorOf } from "../form/lookup.js";
import type { Form, Indicator, Rule } from "../form/schema.js";
import { toA1 } from "../grid/address.js";
import { createIssue, type Issue, type IssueInput } from "../issue/issue.js";
import type { Report, ReportValue } from "../report/report.js";
import { deriveValues } from "../total/derive-values.js";
import { readableView } from "../total/readable-values.js";
import { usableLayout } from "../total/usable-layout.js";

/** What every check of one report reads. Built once by validate. */
export interface CheckContext {
  readonly form: Form;
  /** The report, its layout reduced to cells that can exist (see usableLayout). */
  readonly report: Report;
  /** The report's own values, with numbers that are not finite made unreadable. */
  readonly stated: Readonly<Record<string, ReportValue>>;
  /** The stated values with gồm parents and derived indicators computed (what rules see). */
  readonly values: Readonly<Record<string, ReportValue>>;
  /** Earlier reports to compare with (R8, R9). */
  readonly previous: readonly Report[];
  /** Builds an issue located in this report's file, sheet and unit. */
  readonly issue: (input: Omit<IssueInput, "file" | "sheet" | "unit">) => Issue;
  readonly indicator: (code: string) => Indicator | undefined;
  /** Where an indicator's value is or would be: its cell, else its row's result cell in the layout. */
  readonly cellOf: (code: string) => string | undefined;
  /** The code of a rule's issues: `TTM.R1` for rule R1 of form TTM-01. */
  readonly ruleCode: (rule: Rule | string) => string;
}

export interface ContextOptions {
  readonly previous?: readonly Report[];
  readonly file?: string | undefined;
}

/** The part of a form id before its first non-letter, upper case: `TTM-01` → `TTM`. */
export function formCodePrefix(form: Form): string {
  return /^[A-Za-z]+/.exec(form.id)?.[0].toUpperCase() ?? form.id;
}

/** Values without a cell get the cell of their row in the sheet, so computed totals can be pointed at. */
function located(report: Report, values: Record<string, ReportValue>): Record<string, ReportValue> {
  const col = report.layout?.columns.result;
  if (report.layout === undefined || col === undefined) return values;
  for (const code of Object.keys(values)) {
    const v = values[code]!;
    const row = report.layout.rows[code];
    if (v.cell === undefined && row !== undefined) values[code] = { ...v, cell: toA1({ row, col }) };
  }
  return values;
}

export function checkContext(form: Form, given: Report, options: ContextOptions = {}): CheckContext {
  const layout = usableLayout(given.layout);
  const report: Report = layout === undefined ? given : { ...given, layout };
  const stated = readableView(report.values);
  const file = options.file ?? report.file;
  const prefix = formCodePrefix(form);
  const values = located(report, deriveValues(form, stated, { period: report.period.id }));
  const col = report.layout?.columns.result;
  return {
    form,
    report,
    stated,
    values,
    previous: options.previous ?? [],
    issue: (input) =>
      createIssue({
        ...input,
        ...(file === undefined ? {} : { file }),
        ...(report.sheet === undefined ? {} : { sheet: report.sheet }),
        ...(report.unit.code === undefined ? {} : { unit: report.unit.code }),
      }),
    indicator: (code) => indicatorOf(form, code),
    cellOf: (code) => {
      const row = report.layout?.rows[code];
      return values[code]?.cell ?? (row === undefined || col === undefined ? undefined : toA1({ row, col }));
    },
    ruleCode: (rule) => `${prefix}.${typeof rule === "string" ? rule : rule.id}`,
  };
}
