import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { makeReport, seed000, templateLayout } from "../total/test-helper.js";
import { validate } from "./validate.js";

const layout = templateLayout();
// Seed 000 with its core propagandists, so that R6 has nothing to say.
const sessions = { ...seed000, TTV_CC: 50 };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("gồm: the parent is the sum of its children", () => {
  it("reports a stated parent that differs from complete children, with the sum as fix", () => {
    const issues = validate(ttm01, makeReport({ ...sessions, BUOI: 1060 }, { layout }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "SUM.PARENT_MISMATCH",
        severity: "error",
        cell: "E11",
        indicator: "BUOI",
        fix: { cell: "E11", value: 1059 },
      }),
    ]);
    expect(issues[0]!.message).toContain("1.060");
    expect(issues[0]!.message).toContain("1.059");
    expect(issues[0]!.messageEn).toContain("1,059");
  });

  it("accepts a parent equal to its children", () => {
    expect(validate(ttm01, makeReport(sessions, { layout }))).toEqual([]);
  });

  it("with some children missing, reports a parent below the given ones only", () => {
    const below = validate(
      ttm01,
      makeReport({ BUOI: 300, BUOI_BCV: 240, BUOI_TTVCC: 199, TTV_CC: 50 }, { layout }),
    );
    expect(below).toEqual([
      expect.objectContaining({ code: "SUM.PARENT_MISMATCH", severity: "error", cell: "E11" }),
    ]);
    expect(below[0]!.fix).toBeUndefined();
    expect(
      validate(ttm01, makeReport({ BUOI: 1059, BUOI_BCV: 240, BUOI_TTVCC: 199, TTV_CC: 50 }, { layout })),
    ).toEqual([]);
  });

  it("softens the mismatch to a warning when an estimate is involved, and offers no fix then", () => {
    const issues = validate(
      ttm01,
      makeReport({
        NGHE: 40000,
        NGHE_BCV: { value: 14000, approximate: true },
        NGHE_TTVCC: 8700,
        NGHE_CAPUY: 20000,
        NGHE_TTVCS: 3768,
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "SUM.PARENT_MISMATCH", severity: "warning" })]);
    expect(issues[0]!.fix).toBeUndefined();
  });

  it("does not expect district reporters after 1/7/2025", () => {
    const values = { BCV: 6, BCV_TW: 1, BCV_TINH: 2, BCV_CS: 3 };
    expect(validate(ttm01, makeReport(values, { period: "2025S2" }))).toEqual([]);
    expect(
      validate(ttm01, makeReport({ ...values, BCV: 7 }, { period: "2025S2" })).map((i) => i.code),
    ).toEqual(["SUM.PARENT_MISMATCH"]);
    // Before, BCV_HUYEN is expected: 7 may hold it.
    expect(validate(ttm01, makeReport({ ...values, BCV: 7 }, { period: "2024" }))).toEqual([]);
  });
});

describe("trong đó: a part does not exceed its whole", () => {
  it("reports a part above its parent", () => {
    const issues = validate(ttm01, makeReport({ TTV: 189, TTV_CC: 200 }, { layout }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "PART.EXCEEDS_PARENT",
        severity: "error",
        cell: "E8",
        indicator: "TTV_CC",
      }),
    ]);
  });

  it("compares with the parent computed from its children", () => {
    expect(codes(validate(ttm01, makeReport({ ...seed000, NGHE_CBDV: 50000 })))).toContain(
      "PART.EXCEEDS_PARENT",
    );
    expect(codes(validate(ttm01, makeReport({ ...seed000, NGHE_CBDV: 11800 })))).not.toContain(
      "PART.EXCEEDS_PARENT",
    );
  });

  it("accepts equal, and a missing parent", () => {
    expect(validate(ttm01, makeReport({ TCCS: 7, TCCS_DUYTRI: 7 }))).toEqual([]);
    expect(validate(ttm01, makeReport({ TCCS_DUYTRI: 7 }))).toEqual([]);
  });

  it("softens to a warning with an estimate", () => {
    const issues = validate(ttm01, makeReport({ TTV: { value: 180, approximate: true }, TTV_CC: 189 }));
    expect(issues).toEqual([expect.objectContaining({ code: "PART.EXCEEDS_PARENT", severity: "warning" })]);
  });
});
