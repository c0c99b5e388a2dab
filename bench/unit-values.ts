import { type Indicator, Period, ratio, ttm01 } from "@tonghop/core";
import { between, prng } from "./prng.js";

/** The period every generated report is for: the first half of 2026, after the 2025 reform. */
export const PERIOD = Period.parse("2026S1");

/** TTM-01's indicators a commune reports for the period: all but those the form retired (BCV_HUYEN). */
export const INDICATORS: readonly Indicator[] = ttm01.indicators.filter(
  (i) => i.validUntil === undefined || i.validUntil > PERIOD.range().start,
);

/** The entered (stock and flow) indicators: the numbers a unit types in and consolidation adds up. */
export const ENTERED: readonly Indicator[] = INDICATORS.filter((i) => i.kind !== "derived");

/**
 * A commune's half-year figures, plausible and consistent with TTM-01's rules (gồm parents are the
 * sums of their children, listeners ≥ sessions, bulletins printed ≥ issues…), drawn from a PRNG
 * seeded by the unit's index: the same unit always gets the same numbers. Derived rows hold the
 * rate or average a careful unit states (half up, as the form says).
 */
export function unitValues(index: number): Record<string, number> {
  const next = prng(0x7d3 + index * 7919);
  const v: Record<string, number> = {};
  v.BCV_TW = 0;
  v.BCV_TINH = between(next, 0, 1);
  v.BCV_CS = between(next, 3, 15);
  v.BCV = v.BCV_TW + v.BCV_TINH + v.BCV_CS;
  v.TTV = between(next, 20, 120);
  v.TTV_CC = between(next, 5, Math.min(30, v.TTV));
  v.TCCS = between(next, 10, 40);
  v.TCCS_DUYTRI = v.TCCS - between(next, 0, 2);
  const performers = ["BCV", "TTVCC", "CAPUY", "TTVCS"] as const;
  const sessions = { BCV: [5, 40], TTVCC: [10, 80], CAPUY: [5, 30], TTVCS: [20, 200] } as const;
  v.BUOI = 0;
  v.NGHE = 0;
  for (const p of performers) {
    const buoi = between(next, sessions[p][0], sessions[p][1]);
    const nghe = buoi * between(next, 20, 80);
    v[`BUOI_${p}`] = buoi;
    v[`NGHE_${p}`] = nghe;
    v.BUOI += buoi;
    v.NGHE += nghe;
  }
  v.NGHE_CBDV = Math.round(v.NGHE * (0.3 + next() * 0.2));
  v.NGHE_QC = v.NGHE - v.NGHE_CBDV;
  v.LG_BUOI = between(next, 10, 60);
  v.LG_NGHE = v.LG_BUOI * between(next, 15, 40);
  v.SHCB = between(next, 6, 60);
  v.HNBCV_TRUCTIEP = between(next, 1, 4);
  v.HNBCV_TRUCTUYEN = between(next, 0, 2);
  v.HNBCV = v.HNBCV_TRUCTIEP + v.HNBCV_TRUCTUYEN;
  v.HN_TIEPSONG = between(next, 2, 8);
  v.DIEMCAU = between(next, 1, 5);
  v.HNBCV_LUOT = between(next, 50, 500);
  v.HNTTTS = between(next, 5, 6);
  v.HNCD = between(next, 0, 4);
  v.HNTT_LUOT = between(next, 100, 900);
  v.BT_KY = between(next, 0, 6);
  v.BT_CUON = v.BT_KY * between(next, 50, 300);
  v.TL_DECUONG = between(next, 0, 10);
  v.DLXH_BC = between(next, 1, 6);
  v.DLXH_CTV = between(next, 3, 15);
  v.KT_TAPTHE = between(next, 0, 3);
  v.KT_CANHAN = between(next, 0, 8);
  for (const indicator of INDICATORS) {
    const d = indicator.derive;
    if (d === undefined) continue;
    const r = ratio(v[d.numerator]!, v[d.denominator]!, { scale: d.scale, decimals: d.decimals });
    if (r !== null) v[indicator.code] = r.toNumber();
  }
  return v;
}

/** What consolidation must give for an entered indicator: the sum over units, or the max (HN_TIEPSONG). */
export function expectedTotals(units: readonly Record<string, number>[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const indicator of ENTERED) {
    const max = indicator.aggregate.units === "max";
    let total = 0;
    for (const values of units) {
      const value = values[indicator.code] ?? 0;
      total = max ? Math.max(total, value) : total + value;
    }
    totals[indicator.code] = total;
  }
  return totals;
}
