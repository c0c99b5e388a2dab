import { createIssue, type Issue } from "../issue/issue.js";
import { Period } from "../period/index.js";
import type { Report } from "../report/report.js";

/**
 * The period most reports give (on a tie, the later, then the longer one), with a warning when
 * they give more than one: the choice is then a guess the user should confirm.
 */
export function commonPeriod(reports: readonly Report[]): { period?: Period; issues: Issue[] } {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const r of reports) {
    const p = r.period.id === undefined ? undefined : Period.tryParse(r.period.id);
    if (!p) continue;
    const count = counts.get(p.id);
    if (count) count.n++;
    else counts.set(p.id, { period: p, n: 1 });
  }
  const found = [...counts.values()];
  // Most reports first; a tie goes to the later, then the longer period: never to the input order.
  const ranked = [...found].sort(
    (a, b) =>
      b.n - a.n ||
      b.period.range().end.localeCompare(a.period.range().end) ||
      b.period.monthCount - a.period.monthCount,
  );
  const chosen = ranked[0];
  if (!chosen) return { issues: [] };
  if (found.length === 1) return { period: chosen.period, issues: [] };
  const issue = createIssue({
    code: "CONSOLIDATE.PERIOD_ASSUMED",
    severity: "warning",
    vi: `Các báo cáo thuộc nhiều kỳ (${ranked.map((f) => f.period.label).join(", ")}); đã tổng hợp kỳ ${chosen.period.label} (nhiều báo cáo nhất). Hãy chỉ rõ kỳ báo cáo cần tổng hợp (--period).`,
    en: `The reports are for several periods (${ranked.map((f) => f.period.labelEn).join(", ")}); consolidated ${chosen.period.labelEn} (the most reports). Say which period to consolidate (--period).`,
  });
  return { period: chosen.period, issues: [issue] };
}
