import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { makeReport, templateLayout, type ValueSpec } from "../total/test-helper.js";
import { validate } from "./validate.js";

const layout = templateLayout();
// 4.974 listeners over 113 sessions: 44,0177… per session.
const run = (values: Record<string, ValueSpec>) =>
  validate(ttm01, makeReport({ NGHE: 4974, BUOI: 113, ...values }, { layout }));

describe("stated rates and averages (XBRL Calculations 1.1)", () => {
  it("accepts 44,0 against 44.0177, as text or as a number", () => {
    expect(run({ NGHE_TB: { value: 44, raw: "44,0" } })).toEqual([]);
    expect(run({ NGHE_TB: 44 })).toEqual([]);
    expect(run({ NGHE_TB: 44.02 })).toEqual([]);
  });

  it("reports 44,5 as DERIVED.MISMATCH with the right value as fix", () => {
    const issues = run({ NGHE_TB: { value: 44.5, raw: "44,5" } });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "DERIVED.MISMATCH",
        severity: "warning",
        cell: "E42",
        indicator: "NGHE_TB",
        fix: { cell: "E42", value: 44 },
      }),
    ]);
    expect(issues[0]!.message).toContain("NGHE / BUOI = 4.974 / 113 = 44,0");
  });

  it("judges a number at the decimals it has: 45 is wrong, 44 is right", () => {
    expect(run({ NGHE_TB: 45 }).map((i) => i.code)).toEqual(["DERIVED.MISMATCH"]);
  });

  it("accepts a percentage stated as a fraction in a % cell, and seed 003's 3.110 copies per issue", () => {
    expect(validate(ttm01, makeReport({ TCCS: 7, TCCS_DUYTRI: 6, TCCS_DUYTRI_TL: 85.7 }))).toEqual([]);
    expect(validate(ttm01, makeReport({ TCCS: 7, TCCS_DUYTRI: 6, TCCS_DUYTRI_TL: 0.857 }))).toEqual([]);
    expect(
      validate(ttm01, makeReport({ TCCS: 7, TCCS_DUYTRI: 6, TCCS_DUYTRI_TL: 80 })).map((i) => i.code),
    ).toEqual(["DERIVED.MISMATCH"]);
    expect(validate(ttm01, makeReport({ BT_KY: 12, BT_CUON: 37320, BT_CUON_TB: 3110 }))).toEqual([]);
  });

  it("says nothing when the ratio cannot be computed", () => {
    expect(validate(ttm01, makeReport({ NGHE_TB: 44 }))).toEqual([]);
    expect(validate(ttm01, makeReport({ NGHE: 0, BUOI: 0, NGHE_TB: 44 }))).toEqual([]);
  });
});
