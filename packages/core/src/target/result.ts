import type { TargetMeasure } from "../form/schema.js";
import type { TargetStatus } from "./status.js";

/**
 * What a target was measured on: the roster person by person, the report's aggregate figures in
 * place of a roster (a per-person target without one), or the measure's own kind.
 */
export type TargetBasis = "roster" | "aggregate" | Exclude<TargetMeasure["kind"], "perPerson">;

/** How a result was reached, in words for users (Cách tính). */
export const targetBasisLabels: Readonly<Record<TargetBasis, { readonly vi: string; readonly en: string }>> =
  {
    roster: { vi: "Theo danh sách", en: "Per person (roster)" },
    aggregate: { vi: "Theo số tổng", en: "From totals" },
    count: { vi: "Số lượng", en: "Count" },
    frequency: { vi: "Hằng tháng", en: "Monthly" },
    perCapita: { vi: "Bình quân đầu người", en: "Per head" },
    rate: { vi: "Tỷ lệ", en: "Rate" },
  };

/** A person of the roster, judged against a per-person target. */
export interface TargetPerson {
  readonly name: string;
  readonly unit?: string;
  readonly role: string;
  /** null: the roster gives no number of sessions; the person is counted as not meeting it. */
  readonly sessions: number | null;
  readonly met: boolean;
}

/** One target (chỉ tiêu) evaluated on one report for its period. */
export interface TargetResult {
  readonly id: string;
  /** The target as the plan states it, in Vietnamese. */
  readonly label: string;
  readonly labelEn: string;
  readonly basis: TargetBasis;
  /** Period id evaluated (`2024S1`); undefined when the report's period is not known. */
  readonly period?: string;
  /** Months of the year the period covers: what the annual goal is prorated by. */
  readonly months?: number;
  /** Achieved: a count, or for a rate the rate in percent (1 decimal), or for a roster the persons meeting it. */
  readonly actual: number | null;
  /** Expected for the period: the annual goal prorated by months (never for a rate), at most 2 decimals. */
  readonly expected: number | null;
  /** The goal for the whole year. */
  readonly annual: number | null;
  /** actual / expected × 100, rounded half up to 1 decimal, as Vietnamese write it: `66,7`. */
  readonly percent: string | null;
  readonly percentValue: number | null;
  /** Share of the annual goal reached so far (`50,0` at mid-year on track); null for a rate. */
  readonly shareOfAnnual: string | null;
  readonly shareOfAnnualValue: number | null;
  readonly status: TargetStatus;
  /** Vượt, Đạt, Chưa đạt, Thiếu số liệu. */
  readonly statusLabel: string;
  readonly statusLabelEn: string;
  /** Some value used is a floor or an estimate (`trên 14.000`). */
  readonly approximate: boolean;
  /** Indicator codes (or `period`) whose value was needed and not there. */
  readonly missing: readonly string[];
  /** For a roster evaluation: each person of the roles, and whether they met it. */
  readonly persons?: readonly TargetPerson[];
}
