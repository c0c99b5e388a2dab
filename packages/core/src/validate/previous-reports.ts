import { Period } from "../period/index.js";
import type { Report, ReportUnit } from "../report/report.js";

export interface DatedReport {
  readonly report: Report;
  readonly period: Period;
}

/** Same unit: by code when both have one, else by name. */
export function sameUnit(a: ReportUnit, b: ReportUnit): boolean {
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return a.code === undefined && b.code === undefined && a.name !== undefined && a.name === b.name;
}

/**
 * The earlier reports of the same unit whose period can be read, with the report's own period;
 * undefined when the report's own period cannot be read. When a unit sent a period twice, the later
 * one in the list wins (a resubmission replaces the first).
 */
export function reportsOfUnit(
  report: Report,
  previous: readonly Report[],
): { period: Period; others: DatedReport[] } | undefined {
  const period = report.period.id === undefined ? undefined : Period.tryParse(report.period.id);
  if (period === undefined) return undefined;
  const byPeriod = new Map<string, DatedReport>();
  for (const other of previous) {
    if (other === report || !sameUnit(report.unit, other.unit) || other.period.id === undefined) continue;
    const p = Period.tryParse(other.period.id);
    if (p !== undefined && !p.equals(period)) byPeriod.set(p.id, { report: other, period: p });
  }
  return { period, others: [...byPeriod.values()] };
}

/** Order of periods of one kind: year, then index. */
export const periodOrder = (p: Period): number => p.year * 100 + p.index;
