import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import type { UnitValues } from "./combine-units.js";

const gives = (values: UnitValues["values"], code: string): boolean => {
  const v = values[code];
  return v !== undefined && v.value !== null;
};

/** The place of the last entry that gives the indicator, -1 when none does. */
function lastGiving(entries: readonly UnitValues[], code: string): number {
  for (let i = entries.length - 1; i >= 0; i--) if (gives(entries[i]!.values, code)) return i;
  return -1;
}

/**
 * Totals with each trong đó part (NGHE_CBDV, NGHE_QC of NGHE) marked approximate when it was not
 * taken from the same entries as its whole. A part's total that lacks an entry which gave the
 * whole is a floor (that entry's listeners are in NGHE, not in NGHE_CBDV + NGHE_QC); one that holds
 * an entry whose whole is missing cannot be set against the whole either. Either way R7
 * (NGHE_CBDV + NGHE_QC = NGHE) and "a part ≤ its whole" would fail on the consolidated report
 * although every entry passed them: marked approximate, validate reports such a failure as a
 * warning, as it does for any estimate, and a level above still knows the part is not exact.
 *
 * `over` says how the entries combine: across units every entry that gives a value is in the
 * total; across time a stock (aggregate.time "last") is the last entry's, so the part and its whole
 * must come from the same last entry. A whole with no total has nothing to compare with.
 */
export function markPartialParts(
  form: Form,
  entries: readonly UnitValues[],
  totals: Readonly<Record<string, ReportValue>>,
  over: "units" | "time",
): Record<string, ReportValue> {
  const result: Record<string, ReportValue> = { ...totals };
  for (const part of form.indicators) {
    if (part.relation !== "partOf" || part.parent === undefined) continue;
    const total = result[part.code];
    if (total === undefined || total.approximate || result[part.parent] === undefined) continue;
    const whole = part.parent;
    const comparable =
      over === "time" && part.aggregate.time === "last"
        ? lastGiving(entries, part.code) === lastGiving(entries, whole)
        : entries.every((e) => gives(e.values, part.code) === gives(e.values, whole));
    if (!comparable) result[part.code] = { ...total, approximate: true };
  }
  return result;
}
