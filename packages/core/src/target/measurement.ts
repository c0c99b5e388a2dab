import Decimal from "decimal.js";
import type { Form } from "../form/schema.js";
import type { ReportValue, RosterEntry } from "../report/report.js";
import type { TargetBasis, TargetPerson } from "./result.js";

/** What a measure needs: the report's values, the months of the period, and the roster if any. */
export interface MeasureContext {
  readonly values: Readonly<Record<string, ReportValue>>;
  /** Months of the year the period covers; undefined when the period is not known. */
  readonly months: number | undefined;
  readonly roster?: readonly RosterEntry[];
  readonly form?: Form;
}

/** A target measured, exactly (decimal.js), before it is rounded and labelled. */
export interface Measurement {
  readonly basis: TargetBasis;
  readonly actual: Decimal | null;
  readonly expected: Decimal | null;
  readonly annual: Decimal | null;
  /** What counts towards the annual goal (the actual, or for a roster the persons at the full-year level). */
  readonly towardsAnnual: Decimal | null;
  readonly approximate: boolean;
  readonly missing: readonly string[];
  /** A rate over nothing (no organisations): there is nothing to fall short of. */
  readonly vacuous?: boolean;
  readonly persons?: readonly TargetPerson[];
}

/** An annual amount prorated to a period of `months` months: a half year expects half. */
export function prorate(annual: Decimal, months: number): Decimal {
  return annual.times(months).div(12);
}

/** A measurement that cannot be made: these values are missing. */
export function missingMeasurement(basis: TargetBasis, missing: readonly string[]): Measurement {
  return {
    basis,
    actual: null,
    expected: null,
    annual: null,
    towardsAnnual: null,
    approximate: false,
    missing,
  };
}

export const decimal = (n: number) => new Decimal(n);
