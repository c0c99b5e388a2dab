import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue, RosterEntry } from "../report/report.js";
import { evaluateTargets } from "./evaluate-targets.js";

const target = (id: string) => ttm01.targets.filter((t) => t.id === id);

function report(period: string | undefined, values: Record<string, number | ReportValue>): Report {
  return {
    form: ttm01.id,
    unit: { code: "U", foundBy: "cell" },
    period: { ...(period === undefined ? {} : { id: period }), foundBy: "title" },
    values: Object.fromEntries(
      Object.entries(values).map(([code, v]) => [
        code,
        typeof v === "number" ? { value: v, approximate: false, source: "entered" as const } : v,
      ]),
    ),
  };
}

const person = (name: string, sessions: number | null, role = "TTV_CC"): RosterEntry => ({
  name,
  role,
  sessions,
  listeners: null,
});

describe("evaluateTargets on the seeds", () => {
  it("seed 002: eight briefings in 2022 against one a month is 66,7% Chưa đạt", () => {
    const [r] = evaluateTargets(target("T5"), report("2022", { HNTTTS: 8, HNCD: 2 }));
    expect(r).toMatchObject({
      id: "T5",
      basis: "frequency",
      actual: 8,
      expected: 12,
      annual: 12,
      percent: "66,7",
      percentValue: 66.7,
      shareOfAnnual: "66,7",
      status: "notMet",
      statusLabel: "Chưa đạt",
      statusLabelEn: "Not met",
      period: "2022",
      months: 12,
    });
  });

  it("seed 001, first half of 2024: T2 on aggregates expects half of 4 × 150 and is exceeded", () => {
    const [r] = evaluateTargets(target("T2"), report("2024S1", { TTV_CC: 150, BUOI_TTVCC: 320 }));
    expect(r).toMatchObject({
      basis: "aggregate",
      actual: 320,
      expected: 300,
      annual: 600,
      percent: "106,7",
      shareOfAnnual: "53,3",
      status: "exceeded",
      statusLabel: "Vượt",
    });
  });

  it("seed 001: T3, every grassroots organisation keeping its team, is met at 100,0 and is never prorated", () => {
    const [r] = evaluateTargets(target("T3"), report("2024S1", { TCCS: 120, TCCS_DUYTRI: 120 }));
    expect(r).toMatchObject({
      basis: "rate",
      actual: 100,
      expected: 100,
      percent: "100,0",
      status: "met",
      statusLabel: "Đạt",
      shareOfAnnual: null,
    });
    const [short] = evaluateTargets(target("T3"), report("2024S1", { TCCS: 120, TCCS_DUYTRI: 110 }));
    expect(short).toMatchObject({ actual: 91.7, expected: 100, percent: "91,7", status: "notMet" });
  });

  it("seed 001: T2 on the roster judges each core propagandist against half of 4 sessions", () => {
    const roster = [
      ...Array.from({ length: 140 }, (_, i) => person(`TTV ${i + 1}`, i < 70 ? 2 : 4)),
      ...Array.from({ length: 10 }, (_, i) => person(`TTV ${141 + i}`, 1)),
      person("Báo cáo viên A", 0, "BCV_TINH"),
    ];
    const [r] = evaluateTargets(target("T2"), report("2024S1", { TTV_CC: 150, BUOI_TTVCC: 430 }), { roster });
    expect(r).toMatchObject({
      basis: "roster",
      actual: 140,
      expected: 150,
      annual: 150,
      percent: "93,3",
      status: "notMet",
      // 70 have already given the 4 sessions of the whole year.
      shareOfAnnual: "46,7",
    });
    expect(r?.persons).toHaveLength(150);
    expect(r?.persons?.filter((p) => !p.met).map((p) => p.sessions)).toEqual(Array(10).fill(1));
  });

  it("seed 000: T4, six reporter conferences and thematic seminars a year", () => {
    const met = evaluateTargets(target("T4"), report("2023", { HNBCV: 4, HNCD: 2 }));
    expect(met[0]).toMatchObject({ actual: 6, expected: 6, percent: "100,0", status: "met" });
    const half = evaluateTargets(target("T4"), report("2023S1", { HNBCV: 2, HNCD: 0 }));
    expect(half[0]).toMatchObject({ actual: 2, expected: 3, percent: "66,7", status: "notMet" });
  });

  it("seed 003: twelve bulletin issues in a year meet T6", () => {
    const [r] = evaluateTargets(target("T6"), report("2020", { BT_KY: 12, BT_CUON: 37_320 }));
    expect(r).toMatchObject({
      actual: 12,
      expected: 12,
      percent: "100,0",
      status: "met",
      statusLabel: "Đạt",
    });
  });
});

describe("proration", () => {
  it("a quarter expects a quarter, nine months three quarters, a month a twelfth", () => {
    const t6 = target("T6");
    expect(evaluateTargets(t6, report("2024Q1", { BT_KY: 3 }))[0]).toMatchObject({
      expected: 3,
      percent: "100,0",
      shareOfAnnual: "25,0",
      status: "met",
    });
    expect(evaluateTargets(t6, report("2024N9", { BT_KY: 8 }))[0]).toMatchObject({
      expected: 9,
      percent: "88,9",
      status: "notMet",
    });
    expect(evaluateTargets(target("T4"), report("2024M04", { HNBCV: 1, HNCD: 0 }))[0]).toMatchObject({
      expected: 0.5,
      percent: "200,0",
      status: "exceeded",
    });
  });

  it("decides the status on exact values, not on the rounded percent", () => {
    // 2 × 7 heads / 12 = 1,1666…: one session is 85,7%; a roster person needs 2/12 of a session.
    const [r] = evaluateTargets(
      [
        {
          id: "X",
          label: { vi: "x", en: "x" },
          per: "year",
          measure: { kind: "perCapita", actual: "BUOI_BCV", perHead: 2, heads: "BCV" },
        },
      ],
      report("2024M01", { BCV: 7, BUOI_BCV: 1 }),
    );
    expect(r).toMatchObject({ expected: 1.17, percent: "85,7", status: "notMet" });
    const [nearly] = evaluateTargets(
      [
        {
          id: "Y",
          label: { vi: "y", en: "y" },
          per: "year",
          measure: { kind: "rate", numerator: "TCCS_DUYTRI", denominator: "TCCS", goal: 100 },
        },
      ],
      report("2024", { TCCS: 2001, TCCS_DUYTRI: 2000 }),
    );
    expect(nearly).toMatchObject({ percent: "100,0", status: "notMet" });
  });

  it("takes the period given over the report's own", () => {
    const [r] = evaluateTargets(target("T5"), report("2024", { HNTTTS: 3 }), {
      period: Period.parse("2024Q1"),
    });
    expect(r).toMatchObject({ period: "2024Q1", expected: 3, status: "met" });
  });
});

describe("missing and edge values", () => {
  it("a value needed and absent or unreadable is Thiếu số liệu, never a zero", () => {
    const rs = evaluateTargets(
      target("T4"),
      report("2024", {
        HNBCV: 5,
        HNCD: { value: null, approximate: false, raw: "hàng chục", source: "entered" },
      }),
    );
    expect(rs[0]).toMatchObject({
      status: "missingData",
      statusLabel: "Thiếu số liệu",
      actual: null,
      percent: null,
      missing: ["HNCD"],
    });
  });

  it("without a period, only rates can be judged", () => {
    const rs = evaluateTargets(ttm01.targets, report(undefined, { TCCS: 10, TCCS_DUYTRI: 10, BT_KY: 12 }));
    const byId = Object.fromEntries(rs.map((r) => [r.id, r]));
    expect(byId.T3?.status).toBe("met");
    expect(byId.T6).toMatchObject({ status: "missingData", missing: ["period"] });
    expect(byId.T6?.period).toBeUndefined();
  });

  it("nothing expected (no core propagandists, no organisations) is Đạt with no percent", () => {
    const [t2, t3] = evaluateTargets(
      [...target("T2"), ...target("T3")],
      report("2024", { TTV_CC: 0, BUOI_TTVCC: 0, TCCS: 0, TCCS_DUYTRI: 0 }),
    );
    expect(t2).toMatchObject({ expected: 0, status: "met", percent: null, percentValue: null });
    expect(t3).toMatchObject({ actual: null, status: "met", percent: null });
  });

  it("an approximate actual (trên 14.000) stays approximate", () => {
    const [r] = evaluateTargets(
      target("T5"),
      report("2024", { HNTTTS: { value: 14, approximate: true, raw: "trên 14", source: "entered" } }),
    );
    expect(r).toMatchObject({ approximate: true, status: "exceeded", percent: "116,7" });
  });

  it("with the form, a parent given only by its children counts (BCV from BCV_*)", () => {
    const values = {
      BCV_TW: 1,
      BCV_TINH: 4,
      BCV_HUYEN: 10,
      BCV_CS: 5,
      TTV_CC: 30,
      BUOI_BCV: 40,
      BUOI_TTVCC: 60,
    };
    expect(evaluateTargets(target("T1"), report("2024", values))[0]?.status).toBe("missingData");
    expect(evaluateTargets(target("T1"), report("2024", values), { form: ttm01 })[0]).toMatchObject({
      basis: "aggregate",
      actual: 100,
      expected: 100,
      status: "met",
    });
  });

  it("matches roster roles written as the sheet's labels when given the form, and uses report.roster", () => {
    const r: Report = {
      ...report("2024", { TTV_CC: 2, BUOI_TTVCC: 8 }),
      roster: [
        person("Nguyễn Văn A", 4, "Tuyên truyền viên cốt cán"),
        person("Trần Thị B", 3, "TTV nòng cốt"),
      ],
    };
    expect(evaluateTargets(target("T2"), r, { form: ttm01 })[0]).toMatchObject({
      basis: "roster",
      actual: 1,
      expected: 2,
      percent: "50,0",
      status: "notMet",
    });
    // Without the form the labels are not roles: the aggregate figures stand in.
    expect(evaluateTargets(target("T2"), r)[0]).toMatchObject({ basis: "aggregate", status: "met" });
  });
});
