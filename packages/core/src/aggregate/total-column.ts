import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { combineUnits } from "./combine-units.js";
import { keepCompleteBreakdowns } from "./keep-complete-breakdowns.js";
import { markPartialParts } from "./mark-partial-parts.js";
import { recomputeDerived } from "./recompute-derived.js";
import type { UnitColumns } from "./unit-columns.js";

export interface TotalColumn {
  /** The totals, derived indicators recomputed from them. */
  readonly values: Record<string, ReportValue>;
  readonly missing: Readonly<Record<string, readonly string[]>>;
  readonly partial: readonly { readonly parent: string; readonly units: readonly string[] }[];
}

/** One column (Kết quả, Kế hoạch năm, Cùng kỳ) of many units as their parent's. */
export function totalColumn(form: Form, units: UnitColumns): TotalColumn {
  const combined = combineUnits(form, units);
  const kept = keepCompleteBreakdowns(form, units, combined.totals);
  const values = recomputeDerived(form, markPartialParts(form, units, kept.totals, "units"));
  return { values, missing: combined.missing, partial: kept.partial };
}
