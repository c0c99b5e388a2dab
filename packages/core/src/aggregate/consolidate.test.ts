import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Hierarchy } from "../hierarchy/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { completenessStatusLabels } from "./completeness.js";
import { consolidate } from "./consolidate.js";

type Input = number | null | ReportValue;

function report(
  unit: string | undefined,
  period: string | undefined,
  values: Record<string, Input>,
  file?: string,
): Report {
  return {
    form: ttm01.id,
    unit: { ...(unit === undefined ? {} : { code: unit }), foundBy: "cell" },
    period: { ...(period === undefined ? {} : { id: period }), foundBy: "title" },
    ...(file === undefined ? {} : { file }),
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
const totalOf = (r: { report: Report }, code: string) => r.report.values[code]?.value;

describe("consolidate: seed 000, Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, 2022", () => {
  // Three bloc units whose sessions add up to the seed's 240 + 199 + 516 + 104.
  const units = [
    report("CQ1", "2022", {
      BUOI_BCV: 100,
      BUOI_TTVCC: 80,
      BUOI_CAPUY: 200,
      BUOI_TTVCS: 40,
      NGHE_BCV: about(6000),
      NGHE_TTVCC: 3700,
      NGHE_CAPUY: 8000,
      NGHE_TTVCS: 1500,
      BCV: 30,
      TTV: 400,
    }),
    report("CQ2", "2022", {
      BUOI_BCV: 90,
      BUOI_TTVCC: 70,
      BUOI_CAPUY: 216,
      BUOI_TTVCS: 44,
      NGHE_BCV: 5000,
      NGHE_TTVCC: 3000,
      NGHE_CAPUY: 7000,
      NGHE_TTVCS: 1268,
      BCV: 20,
      TTV: 311,
    }),
    report("CQ3", "2022", {
      BUOI_BCV: 50,
      BUOI_TTVCC: 49,
      BUOI_CAPUY: 100,
      BUOI_TTVCS: 20,
      NGHE_BCV: 3000,
      NGHE_TTVCC: 2000,
      NGHE_CAPUY: 5000,
      NGHE_TTVCS: 1000,
      BCV: 10,
      TTV: 290,
    }),
  ];
  const result = consolidate(ttm01, units, { unit: "DUK", period: "2022" });

  it("sums the sessions of every performer, and the total from them", () => {
    expect(totalOf(result, "BUOI_BCV")).toBe(240);
    expect(totalOf(result, "BUOI_TTVCC")).toBe(199);
    expect(totalOf(result, "BUOI_CAPUY")).toBe(516);
    expect(totalOf(result, "BUOI_TTVCS")).toBe(104);
    expect(result.report.values.BUOI).toEqual({ value: 1059, approximate: false, source: "consolidated" });
    expect((totalOf(result, "BCV") ?? 0) + (totalOf(result, "TTV") ?? 0)).toBe(1061);
  });

  it("carries approximate (trên 14.000) into the totals it reaches, and recomputes the average", () => {
    expect(result.report.values.NGHE_BCV).toMatchObject({ value: 14_000, approximate: true });
    expect(result.report.values.NGHE).toMatchObject({ value: 46_468, approximate: true });
    expect(result.report.values.NGHE_TTVCC?.approximate).toBe(false);
    // 46.468 / 1.059 = 43,88… → 43,9: recomputed from the totals, never summed from the units'.
    expect(result.report.values.NGHE_TB).toMatchObject({
      value: 43.9,
      approximate: true,
      source: "computed",
    });
  });

  it("builds the consolidated report in the same form, for the unit and period given", () => {
    expect(result.report).toMatchObject({
      form: "TTM-01",
      unit: { code: "DUK", foundBy: "given" },
      period: { id: "2022", foundBy: "given" },
    });
  });

  it("lays out the indicator × unit matrix with the same totals", () => {
    expect(result.matrix.units).toEqual(["CQ1", "CQ2", "CQ3"]);
    expect(result.matrix.indicators).toEqual(ttm01.indicators.map((i) => i.code));
    expect(result.matrix.cells.BUOI_BCV?.CQ2?.value).toBe(90);
    expect(result.matrix.cells.BUOI?.CQ3).toMatchObject({ value: 219, source: "computed" });
    expect(result.matrix.totals).toBe(result.report.values);
  });

  it("says without a hierarchy that it cannot tell who is missing", () => {
    expect(result.completeness.expected).toBeUndefined();
    expect(result.completeness.submitted).toEqual(["CQ1", "CQ2", "CQ3"]);
    expect(result.issues.map((i) => i.code)).toContain("CONSOLIDATE.NO_HIERARCHY");
  });
});

describe("consolidate: seed 004, Thành ủy Lạng Sơn, quý I/2022", () => {
  const result = consolidate(ttm01, [
    report("P1", "2022Q1", { LG_BUOI: 200, LG_NGHE: about(7000), HN_TIEPSONG: 4, DIEMCAU: 1 }),
    report("P2", "2022Q1", { LG_BUOI: 150, LG_NGHE: 5000, HN_TIEPSONG: 4, DIEMCAU: 1 }),
  ]);

  it("sums integrated sessions to 350 and counts the four relayed conferences once (max)", () => {
    expect(totalOf(result, "LG_BUOI")).toBe(350);
    expect(result.report.values.LG_NGHE).toMatchObject({ value: 12_000, approximate: true });
    expect(totalOf(result, "HN_TIEPSONG")).toBe(4);
    expect(totalOf(result, "DIEMCAU")).toBe(2);
  });

  it("takes the period the reports agree on", () => {
    expect(result.report.period).toMatchObject({ id: "2022Q1", foundBy: "given" });
    expect(result.report.unit.code).toBeUndefined();
  });
});

describe("consolidate: values missing", () => {
  it("totals over the units that gave a value, and names the others", () => {
    const result = consolidate(
      ttm01,
      [
        report("A", "2024", { SHCB: 10, BT_KY: 12, BT_CUON: 100 }, "a.xlsx"),
        report("B", "2024", { SHCB: 5 }, "b.xlsx"),
        report("C", "2024", { SHCB: null, BT_KY: 6, BT_CUON: 60 }, "c.xlsx"),
      ],
      { period: "2024" },
    );
    expect(totalOf(result, "SHCB")).toBe(15);
    expect(totalOf(result, "BT_KY")).toBe(18);
    expect(result.matrix.missing).toMatchObject({ SHCB: ["C"], BT_KY: ["B"], BT_CUON: ["B"] });
    expect(result.matrix.cells.SHCB?.C).toMatchObject({ value: null });
    const missing = result.issues.filter((i) => i.code === "CONSOLIDATE.VALUES_MISSING");
    expect(missing.map((i) => [i.unit, i.file, i.severity])).toEqual([
      ["B", "b.xlsx", "warning"],
      ["C", "c.xlsx", "warning"],
    ]);
    expect(missing[0]?.message).toContain("BT_KY, BT_CUON");
    expect(result.report.values.DLXH_CTV).toBeUndefined();
  });

  it("leaves a breakdown blank when a unit gave only its total, so no level loses that unit", () => {
    const result = consolidate(ttm01, [
      report("A", "2024", { BUOI_BCV: 1, BUOI_TTVCC: 2, BUOI_CAPUY: 3, BUOI_TTVCS: 4 }),
      report("B", "2024", { BUOI: 100 }),
    ]);
    expect(totalOf(result, "BUOI")).toBe(110);
    expect(result.report.values.BUOI_BCV).toBeUndefined();
    expect(result.matrix.cells.BUOI_BCV?.A?.value).toBe(1);
    expect(result.issues.find((i) => i.code === "CONSOLIDATE.PARTIAL_BREAKDOWN")).toMatchObject({
      indicator: "BUOI",
      severity: "warning",
    });
  });

  it("marks a child's total as a floor when a unit gave the family without that child", () => {
    const result = consolidate(ttm01, [
      report("A", "2024", { BUOI_BCV: 1, BUOI_TTVCC: 2, BUOI_CAPUY: 3, BUOI_TTVCS: 4 }),
      report("B", "2024", { BUOI_TTVCC: 5 }),
    ]);
    expect(result.report.values.BUOI).toMatchObject({ value: 15, approximate: true });
    expect(result.report.values.BUOI_BCV).toMatchObject({ value: 1, approximate: true });
    expect(result.report.values.BUOI_TTVCC).toMatchObject({ value: 7, approximate: false });
  });

  it("sums a plan column (Kế hoạch năm) like the values", () => {
    const withPlan = (unit: string, plan: number): Report => ({
      ...report(unit, "2024", { BT_KY: 6 }),
      plan: { BT_KY: { value: plan, approximate: false, source: "entered" } },
    });
    const result = consolidate(ttm01, [withPlan("A", 12), withPlan("B", 6)]);
    expect(result.report.plan?.BT_KY).toMatchObject({ value: 18, approximate: false });
  });

  it("marks a plan or last-year total approximate when it lacks units that gave the result", () => {
    const unit = (code: string, plan?: number, lastYear?: number): Report => ({
      ...report(code, "2024", { BT_KY: 12, BT_CUON: 1200 }),
      ...(plan === undefined
        ? {}
        : { plan: { BT_KY: { value: plan, approximate: false, source: "entered" } } }),
      ...(lastYear === undefined
        ? {}
        : { lastYear: { BT_KY: { value: lastYear, approximate: false, source: "entered" } } }),
    });
    // 2 of 3 units' plans against 3 units' results would read as 150 % of the plan.
    const result = consolidate(ttm01, [unit("A", 12, 10), unit("B", 12, 11), unit("C", undefined, 12)]);
    expect(result.report.values.BT_KY).toMatchObject({ value: 36, approximate: false });
    expect(result.report.plan?.BT_KY).toMatchObject({ value: 24, approximate: true });
    expect(result.report.lastYear?.BT_KY).toMatchObject({ value: 33, approximate: false });
    // A plan for a row no unit gave a result for is not set against the result either.
    const planOnly = consolidate(ttm01, [
      {
        ...report("A", "2024", { SHCB: 3 }),
        plan: { BT_KY: { value: 12, approximate: false, source: "entered" } },
      },
    ]);
    expect(planOnly.report.plan?.BT_KY?.approximate).toBe(true);
  });

  it("adds each report's own check (validate) to the issues, counted against its unit", () => {
    const result = consolidate(ttm01, [
      report("A", "2024", { BUOI_BCV: 10, NGHE_BCV: 5 }, "a.xlsx"),
      report("B", "2024", { BUOI_BCV: 10, NGHE_BCV: 50 }, "b.xlsx"),
    ]);
    const r1 = result.issues.filter((i) => i.code === "TTM.R1");
    expect(r1.length).toBeGreaterThan(0);
    expect(new Set(r1.map((i) => `${i.unit} ${i.file}`))).toEqual(new Set(["A a.xlsx"]));
    expect(result.completeness.entries.find((e) => e.code === "A")?.errors).toBeGreaterThan(0);
    expect(result.completeness.entries.find((e) => e.code === "B")?.errors).toBe(0);
    const quiet = consolidate(ttm01, [report("A", "2024", { BUOI_BCV: 10, NGHE_BCV: 5 })], {
      validateInputs: false,
    });
    expect(quiet.issues.some((i) => i.code === "TTM.R1")).toBe(false);
  });
});

describe("consolidate: completeness with a hierarchy", () => {
  const hierarchy = Hierarchy.build([
    { code: "TU", name: "Tỉnh ủy", kind: "Tỉnh ủy" },
    { code: "A", name: "Huyện ủy A", kind: "Huyện ủy", parent: "TU" },
    { code: "B", name: "Huyện ủy B", kind: "Huyện ủy", parent: "TU" },
    { code: "B1", name: "Đảng ủy xã B1", kind: "Đảng ủy xã", parent: "B" },
    { code: "B2", name: "Đảng ủy xã B2", kind: "Đảng ủy xã", parent: "B" },
    { code: "C", name: "Huyện ủy C", kind: "Huyện ủy", parent: "TU" },
    { code: "D", name: "Đảng ủy D", kind: "Đảng ủy", parent: "TU", validFrom: "2025-07-01" },
    { code: "E", name: "Huyện ủy E", kind: "Huyện ủy", parent: "TU", validTo: "2023-12-31" },
    { code: "KHAC", name: "Tỉnh khác", kind: "Tỉnh ủy" },
  ]);
  const base = { SHCB: 1 };

  it("names who submitted, who is missing, duplicates, wrong periods, unknown and unidentified reports", () => {
    const result = consolidate(
      ttm01,
      [
        report("A", "2024S1", { SHCB: 5 }, "a-cu.xlsx"),
        report("C", "2024Q1", base, "c.xlsx"),
        report("A", "2024S1", { SHCB: 7 }, "a-moi.xlsx"),
        report("XYZ", "2024S1", base, "xyz.xlsx"),
        report("KHAC", "2024S1", base, "khac.xlsx"),
        report(undefined, "2024S1", base, "khong-ro.xlsx"),
      ],
      { hierarchy, unit: "TU", period: "2024S1" },
    );
    const c = result.completeness;
    expect(c.expected).toEqual(["A", "B", "C"]);
    expect(c.submitted).toEqual(["A"]);
    expect(c.missing).toEqual(["B", "C"]);
    expect(c.duplicate).toEqual(["A"]);
    expect(c.wrongPeriod).toEqual(["C"]);
    // Units in hierarchy order, then by code; never in input order.
    expect(c.unknown).toEqual(["KHAC", "XYZ"]);
    expect(c.notYetDue).toEqual(["D"]);
    expect(c.unidentified).toEqual(["khong-ro.xlsx"]);
    expect(c.entries).toEqual([
      { code: "A", name: "Huyện ủy A", status: "duplicate", file: "a-moi.xlsx", errors: 1 },
      { code: "B", name: "Huyện ủy B", status: "missing", errors: 0 },
      {
        code: "C",
        name: "Huyện ủy C",
        status: "wrongPeriod",
        file: "c.xlsx",
        wrongPeriodFiles: ["c.xlsx"],
        errors: 1,
      },
      { code: "KHAC", name: "Tỉnh khác", status: "unknown", file: "khac.xlsx", errors: 0 },
      { code: "XYZ", name: "XYZ", status: "unknown", file: "xyz.xlsx", errors: 0 },
      { code: "D", name: "Đảng ủy D", status: "notYetDue", errors: 0 },
    ]);
    expect(completenessStatusLabels[c.entries[2]!.status].vi).toBe("Sai kỳ");
    // The later of the two reports of A counts.
    expect(totalOf(result, "SHCB")).toBe(7);
    expect(result.report.unit).toEqual({ code: "TU", name: "Tỉnh ủy", foundBy: "given" });
    const codes = result.issues.map((i) => `${i.severity} ${i.code} ${i.unit ?? ""}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "error CONSOLIDATE.DUPLICATE A",
        "error CONSOLIDATE.WRONG_PERIOD C",
        "warning CONSOLIDATE.UNKNOWN_UNIT XYZ",
        "warning CONSOLIDATE.NOT_UNDER_UNIT KHAC",
        "error CONSOLIDATE.UNIDENTIFIED ",
        "warning CONSOLIDATE.MISSING_UNIT B",
      ]),
    );
    const duplicate = result.issues.find((i) => i.code === "CONSOLIDATE.DUPLICATE");
    expect(duplicate?.message).toContain("a-cu.xlsx");
    // Two reports with different figures are an error: the totals depend on which is right.
    expect(duplicate?.message).toBe(
      "Đơn vị A nộp hai báo cáo kỳ 6 tháng đầu năm 2024 với số liệu khác nhau ở 1 chỉ tiêu (như SHCB: 5 và 7): a-cu.xlsx và a-moi.xlsx; lấy a-moi.xlsx (nộp sau). Hãy hỏi đơn vị bản nào đúng và giữ lại một báo cáo.",
    );
    // The same figures sent twice are only a warning.
    const again = consolidate(
      ttm01,
      [report("A", "2024S1", { SHCB: 5 }, "a.xlsx"), report("A", "2024S1", { SHCB: 5 }, "a-gui-lai.xlsx")],
      { hierarchy, unit: "TU", period: "2024S1" },
    );
    expect(again.issues.find((i) => i.code === "CONSOLIDATE.DUPLICATE")).toMatchObject({
      severity: "warning",
      message:
        "Đơn vị A nộp hai báo cáo kỳ 6 tháng đầu năm 2024: a.xlsx và a-gui-lai.xlsx; lấy a-gui-lai.xlsx (nộp sau). Hãy giữ lại một báo cáo.",
    });
    expect(duplicate?.message).toContain("a-moi.xlsx");
    expect(duplicate?.messageEn).toContain("a-moi.xlsx");
  });

  it("lists a unit that also sent a wrong-period file in wrongPeriod, its report of the period still taken", () => {
    const result = consolidate(
      ttm01,
      [
        report("A", "2024Q1", { SHCB: 2 }, "a-quy1.xlsx"),
        report("A", "2024S1", { SHCB: 5 }, "a.xlsx"),
        report("B", "2024S1", { SHCB: 3 }, "b.xlsx"),
        report("C", "2024Q2", base, "c-quy2.xlsx"),
        report("C", "2024Q1", base, "c-quy1.xlsx"),
      ],
      { hierarchy, unit: "TU", period: "2024S1" },
    );
    const c = result.completeness;
    expect(c.submitted).toEqual(["A", "B"]);
    expect(c.wrongPeriod).toEqual(["A", "C"]);
    expect(c.entries.slice(0, 3)).toEqual([
      {
        code: "A",
        name: "Huyện ủy A",
        status: "submitted",
        file: "a.xlsx",
        wrongPeriodFiles: ["a-quy1.xlsx"],
        errors: 1,
      },
      { code: "B", name: "Huyện ủy B", status: "submitted", file: "b.xlsx", errors: 0 },
      {
        code: "C",
        name: "Huyện ủy C",
        status: "wrongPeriod",
        file: "c-quy1.xlsx",
        wrongPeriodFiles: ["c-quy2.xlsx", "c-quy1.xlsx"],
        errors: 2,
      },
    ]);
    expect(totalOf(result, "SHCB")).toBe(8);
  });

  it("expects a silent unit's own units when they reported instead, and counts a nested unit once", () => {
    const leaves = consolidate(
      ttm01,
      [
        report("A", "2024S1", { SHCB: 1 }),
        report("B1", "2024S1", { SHCB: 2 }),
        report("B2", "2024S1", { SHCB: 3 }),
      ],
      { hierarchy, unit: "TU", period: "2024S1" },
    );
    expect(leaves.completeness.expected).toEqual(["A", "B1", "B2", "C"]);
    expect(leaves.completeness.missing).toEqual(["C"]);
    expect(totalOf(leaves, "SHCB")).toBe(6);

    const nested = consolidate(
      ttm01,
      [report("B1", "2024S1", { SHCB: 2 }), report("B", "2024S1", { SHCB: 5 }), report("A", "2024S1", base)],
      { hierarchy, unit: "TU", period: "2024S1" },
    );
    expect(totalOf(nested, "SHCB")).toBe(6);
    expect(nested.completeness.nested).toEqual(["B1"]);
    expect(nested.matrix.units).toEqual(["A", "B"]);
    expect(nested.issues.find((i) => i.code === "CONSOLIDATE.NESTED")?.unit).toBe("B1");
  });

  it("finds the consolidating unit from the hierarchy when all reports share a parent", () => {
    const result = consolidate(ttm01, [report("B1", "2024", base), report("B2", "2024", base)], {
      hierarchy,
    });
    expect(result.report.unit).toEqual({ code: "B", name: "Huyện ủy B", foundBy: "hierarchy" });
    expect(result.completeness.expected).toEqual(["B1", "B2"]);
    expect(result.completeness.missing).toEqual([]);
  });

  it("leaves out a unit that does not exist yet in the period or ended before it", () => {
    const result = consolidate(
      ttm01,
      [report("D", "2024", base), report("E", "2024", base), report("A", "2024", base)],
      { hierarchy, unit: "TU", period: "2024" },
    );
    expect(result.completeness.notYetDue).toEqual(["D"]);
    expect(result.completeness.unknown).toEqual(["E"]);
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["CONSOLIDATE.NOT_YET_DUE", "CONSOLIDATE.UNIT_ENDED"]),
    );
    expect(totalOf(result, "SHCB")).toBe(1);
  });
});

describe("consolidate: periods", () => {
  it("takes the period most reports give, says so, and leaves the others out", () => {
    const result = consolidate(ttm01, [
      report("A", "2024Q1", { SHCB: 1 }),
      report("B", "2024Q1", { SHCB: 2 }),
      report("C", "2024Q2", { SHCB: 4 }),
    ]);
    expect(result.report.period.id).toBe("2024Q1");
    expect(totalOf(result, "SHCB")).toBe(3);
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["CONSOLIDATE.PERIOD_ASSUMED", "CONSOLIDATE.WRONG_PERIOD"]),
    );
  });

  it("takes a report that does not say its period as the period given, with a warning", () => {
    const result = consolidate(ttm01, [report("A", undefined, { SHCB: 1 })], { period: "Quý I/2024" });
    expect(result.report.period.id).toBe("2024Q1");
    expect(totalOf(result, "SHCB")).toBe(1);
    expect(result.issues.find((i) => i.code === "CONSOLIDATE.PERIOD_UNKNOWN")?.severity).toBe("warning");
  });

  it("is an error when nothing can be consolidated, and leaves other forms out", () => {
    const other: Report = { ...report("A", "2024", { SHCB: 1 }), form: "KHAC-01" };
    const result = consolidate(ttm01, [other]);
    expect(result.report.values).toEqual({});
    // Issues come sorted: those of no file first.
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "CONSOLIDATE.EMPTY",
      "CONSOLIDATE.FORM_MISMATCH",
    ]);
  });
});
