import type { Form } from "../form/schema.js";
import { type Issue, sortIssues } from "../issue/index.js";
import type { Report } from "../report/index.js";
import { checkRoster } from "../roster/index.js";
import { validate } from "../validate/index.js";
import type { UnitWorkbook } from "./read-unit-workbook.js";

export interface CheckUnitOptions {
  /** Earlier reports of the unit, for the rules that compare periods. */
  readonly previous?: Report | readonly Report[];
  /** The file, named on every issue that does not name one. */
  readonly file?: string;
}

/**
 * Every issue of a unit's workbook, sorted: reading, then, when a sheet had the form's header, the
 * form's rules (validate) and the roster against the form (checkRoster). A workbook without the
 * form's header says only that: checking an empty report against the rules would bury it.
 */
export function checkUnit(form: Form, unit: UnitWorkbook, options: CheckUnitOptions = {}): Issue[] {
  const { file } = options;
  const issues = [...unit.issues];
  if (unit.sheet !== undefined) {
    issues.push(
      ...validate(form, unit.report, {
        ...(file === undefined ? {} : { file }),
        ...(options.previous === undefined ? {} : { previous: options.previous }),
      }),
    );
    if (unit.roster) {
      issues.push(
        ...checkRoster(form, unit.report, unit.roster).map((i) =>
          i.file === undefined && file !== undefined ? { ...i, file } : i,
        ),
      );
    }
  }
  return sortIssues(issues);
}
