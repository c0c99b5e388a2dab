import { MAX_OVER_UNITS, PERIOD, UNITS, type UnitSheet, unitNumbers } from "../../examples/data.js";

/**
 * The unit sheets a year-2022 consolidation of examples/units must take, worked out from the
 * generator's data alone: the period's reports, one per unit, the later of two (files are dated by
 * their date line, and the resubmission is the later).
 */
export function takenUnits(): UnitSheet[] {
  const byUnit = new Map<string, UnitSheet>();
  const dateOf = (u: UnitSheet) => {
    const m = /ngày (\d+) tháng (\d+) năm (\d{4})/.exec(u.dateLine)!;
    return Number(m[3]) * 10_000 + Number(m[2]) * 100 + Number(m[1]);
  };
  for (const unit of UNITS.filter((u) => u.period === PERIOD)) {
    const before = byUnit.get(unit.code);
    if (!before || dateOf(unit) >= dateOf(before)) byUnit.set(unit.code, unit);
  }
  return [...byUnit.values()];
}

/** Half up to `decimals`, on exact integers: num / den × scale. */
function ratio(num: number, den: number, scale: number, decimals: number): number {
  const factor = scale * 10 ** decimals;
  return Math.floor((2 * num * factor + den) / (2 * den)) / 10 ** decimals;
}

/** The province's totals, computed independently of tonghop: sums (max where the form says so), then the ratios. */
export function expectedTotals(): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const unit of takenUnits()) {
    for (const [code, value] of Object.entries(unitNumbers(unit))) {
      const before = totals[code];
      totals[code] =
        before === undefined
          ? value
          : MAX_OVER_UNITS.includes(code)
            ? Math.max(before, value)
            : before + value;
    }
  }
  const derived: [string, string, string, number, number][] = [
    ["NGHE_TB", "NGHE", "BUOI", 1, 1],
    ["TCCS_DUYTRI_TL", "TCCS_DUYTRI", "TCCS", 100, 1],
    ["BUOI_TTVCC_TB", "BUOI_TTVCC", "TTV_CC", 1, 1],
    ["BT_CUON_TB", "BT_CUON", "BT_KY", 1, 0],
  ];
  for (const [code, num, den, scale, decimals] of derived) {
    const n = totals[num];
    const d = totals[den];
    if (n !== undefined && d !== undefined && d > 0) totals[code] = ratio(n, d, scale, decimals);
  }
  return totals;
}
