/**
 * The five kinds of reporting period (kỳ báo cáo) and the calendar months each one covers. Every
 * period lies inside one calendar year, so a period is fully described by kind, year and index.
 */
export type PeriodKind = "month" | "quarter" | "half" | "nine" | "year";

export const periodKinds: readonly PeriodKind[] = ["month", "quarter", "half", "nine", "year"];

/** How many periods of a kind a year has (valid indexes are 1..count). */
export const periodsPerYear: Record<PeriodKind, number> = {
  month: 12,
  quarter: 4,
  half: 2,
  nine: 1,
  year: 1,
};

export const monthCountOf: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, nine: 9, year: 12 };

/** The calendar months (1–12) covered by the period of this kind and index. */
export function monthsOf(kind: PeriodKind, index: number): number[] {
  const count = monthCountOf[kind];
  const first = kind === "nine" || kind === "year" ? 1 : (index - 1) * count + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

/** The one period whose months are exactly first..last, if any. */
export function kindForMonths(first: number, last: number): { kind: PeriodKind; index: number } | undefined {
  const count = last - first + 1;
  for (const kind of periodKinds) {
    if (monthCountOf[kind] !== count) continue;
    for (let index = 1; index <= periodsPerYear[kind]; index++) {
      if (monthsOf(kind, index)[0] === first) return { kind, index };
    }
  }
  return undefined;
}
