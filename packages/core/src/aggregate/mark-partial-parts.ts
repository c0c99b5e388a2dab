import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { readableIn, type UnitColumns } from "./unit-columns.js";

/** The place of the last entry that gives the indicator, -1 when none does. */
function lastGiving(flags: Uint8Array): number {
  for (let e = flags.length - 1; e >= 0; e--) if (readableIn(flags[e]!)) return e;
  return -1;
}

/** Whether every entry gives both indicators or neither. */
function sameEntries(a: Uint8Array, b: Uint8Array): boolean {
  for (let e = 0; e < a.length; e++) if (readableIn(a[e]!) !== readableIn(b[e]!)) return false;
  return true;
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
  entries: UnitColumns,
  totals: Readonly<Record<string, ReportValue>>,
  over: "units" | "time",
): Record<string, ReportValue> {
  const result: Record<string, ReportValue> = { ...totals };
  const flagsOf = (code: string) => entries.flags[entries.column.get(code)!]!;
  for (const part of form.indicators) {
    if (part.relation !== "partOf" || part.parent === undefined) continue;
    const total = result[part.code];
    if (total === undefined || total.approximate || result[part.parent] === undefined) continue;
    const own = flagsOf(part.code);
    const whole = flagsOf(part.parent);
    const comparable =
      over === "time" && part.aggregate.time === "last"
        ? lastGiving(own) === lastGiving(whole)
        : sameEntries(own, whole);
    if (!comparable) result[part.code] = { ...total, approximate: true };
  }
  return result;
}
