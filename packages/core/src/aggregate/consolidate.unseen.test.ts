import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Hierarchy } from "../hierarchy/index.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { validate } from "../validate/index.js";
import { consolidate } from "./consolidate.js";
import { consolidateOverTime } from "./consolidate-over-time.js";

type Input = number | null | ReportValue;

function report(unit: string, period: string, values: Record<string, Input>): Report {
  return {
    form: ttm01.id,
    unit: { code: unit, foundBy: "cell" },
    period: { id: period, foundBy: "title" },
    values: Object.fromEntries(
      Object.entries(values).map(([code, v]) => [
        code,
        v === null || typeof v === "number"
          ? { value: v, approximate: false, source: "entered" as const }
          : v,
      ]),
    ),
  };
}

const about = (value: number): ReportValue => ({ value, approximate: true, source: "entered" });

const hierarchy = Hierarchy.build([
  { code: "P", name: "Đảng ủy Khối", kind: "Đảng ủy Khối" },
  { code: "A", name: "Đảng ủy Sở A", kind: "Đảng ủy cơ sở", parent: "P" },
  { code: "B", name: "Đảng ủy Sở B", kind: "Đảng ủy cơ sở", parent: "P" },
  { code: "C", name: "Chi bộ C", kind: "Chi bộ cơ sở", parent: "P" },
]);

describe("consolidate: units with gaps and estimates", () => {
  const a = report("A", "2024Q2", {
    BUOI: 10,
    NGHE: 1000,
    NGHE_TB: 100,
    HN_TIEPSONG: 4,
    BT_KY: 3,
    BT_CUON: 300,
    TCCS: 10,
    TCCS_DUYTRI: 9,
    TCCS_DUYTRI_TL: 90,
  });
  const b = report("B", "2024Q2", {
    BUOI: 30,
    NGHE: about(1500),
    NGHE_TB: 50,
    HN_TIEPSONG: 6,
    BT_KY: 3,
    BT_CUON: 600,
    TCCS: 5,
    TCCS_DUYTRI: 5,
  });
  const c = report("C", "2024Q2", { NGHE: 200, HN_TIEPSONG: 0 });
  const result = consolidate(ttm01, [a, b, c], { hierarchy, unit: "P", period: "2024Q2" });
  const total = (code: string) => result.report.values[code];

  it("sums flows and stocks over the units that gave them, and carries estimates", () => {
    expect(total("BUOI")).toMatchObject({ value: 40, approximate: false });
    expect(total("NGHE")).toMatchObject({ value: 2700, approximate: true });
    expect(total("TCCS")?.value).toBe(15);
    expect(total("BT_CUON")?.value).toBe(900);
  });

  it("takes the largest relay count, not the sum: one upstream conference seen from many rooms", () => {
    expect(total("HN_TIEPSONG")?.value).toBe(6);
  });

  it("recomputes averages and rates from the totals, never sums or averages them", () => {
    // 2700 / 40 = 67,5 (the units' own averages 100 and 50 would give 150 summed, 75 averaged).
    expect(total("NGHE_TB")).toMatchObject({ value: 67.5, approximate: true, source: "computed" });
    // 14 / 15 × 100 = 93,33…
    expect(total("TCCS_DUYTRI_TL")?.value).toBe(93.3);
    expect(total("BT_CUON_TB")?.value).toBe(150);
  });

  it("says which unit left which value out, and submits all three", () => {
    expect(result.completeness.submitted).toEqual(["A", "B", "C"]);
    const missing = result.issues.filter((i) => i.code === "CONSOLIDATE.VALUES_MISSING");
    expect(missing.map((i) => i.unit)).toEqual(["C"]);
  });

  // Regression: when no unit gave any part of a breakdown, a warning still said the parents had
  // been given "without their breakdown" and that the breakdown was left blank.
  it("does not warn about a breakdown nobody gave", () => {
    expect(result.issues.filter((i) => i.code.endsWith("PARTIAL_BREAKDOWN"))).toEqual([]);
  });

  it("warns when some units give a breakdown and others only the total", () => {
    const withParts = report("C", "2024Q2", { BUOI_BCV: 5, BUOI_TTVCC: 2 });
    const mixed = consolidate(ttm01, [a, withParts], { hierarchy, unit: "P", period: "2024Q2" });
    const partial = mixed.issues.filter((i) => i.code === "CONSOLIDATE.PARTIAL_BREAKDOWN");
    expect(partial.map((i) => i.indicator)).toEqual(["BUOI"]);
    expect(mixed.report.values.BUOI_BCV).toBeUndefined();
    // C's parent is the sum of what it gave: 10 + 7.
    expect(mixed.report.values.BUOI?.value).toBe(17);
  });

  it("passes validate with no error", () => {
    expect(validate(ttm01, result.report).filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("consolidateOverTime: months into a quarter", () => {
  const months = [
    report("A", "2024M04", { BCV: 10, BUOI: 3, NGHE: 30, HN_TIEPSONG: 1, HNTTTS: 1 }),
    report("A", "2024M05", { BCV: 12, BUOI: 4, NGHE: about(40), HN_TIEPSONG: 2, HNTTTS: 1 }),
    report("A", "2024M06", { BCV: 11, BUOI: 5, NGHE: 50, HN_TIEPSONG: 0 }),
  ];

  it("takes the last stock, sums flows, recomputes the average", () => {
    const { report: q2, issues } = consolidateOverTime(ttm01, months, Period.parse("2024Q2"));
    expect(q2.values.BCV?.value).toBe(11);
    expect(q2.values.BUOI?.value).toBe(12);
    expect(q2.values.NGHE).toMatchObject({ value: 120, approximate: true });
    expect(q2.values.NGHE_TB?.value).toBe(10);
    expect(q2.values.HN_TIEPSONG?.value).toBe(3);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("says which month is missing", () => {
    const { issues } = consolidateOverTime(ttm01, [months[0]!, months[2]!], Period.parse("2024Q2"));
    expect(issues.map((i) => i.code)).toEqual(["TIME.GAP"]);
    expect(issues[0]?.messageEn).toMatch(/May 2024/);
  });
});
