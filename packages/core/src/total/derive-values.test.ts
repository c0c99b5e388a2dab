import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { formatViNumber } from "../number/index.js";
import { deriveValues } from "./derive-values.js";
import { makeReport, seed000, templateLayout } from "./test-helper.js";

const derive = (values: Parameters<typeof makeReport>[0], period = "2024") =>
  deriveValues(ttm01, makeReport(values, { period }).values, { period });

describe("deriveValues", () => {
  it("sums seed 000's sessions and listeners and averages them, approximate where an input is", () => {
    const v = derive(seed000);
    expect(v.BUOI).toMatchObject({ value: 1059, approximate: false, source: "computed" });
    expect(v.NGHE).toMatchObject({ value: 46468, approximate: true, source: "computed" });
    // 46468 / 1059 = 43.879… → 43,9
    expect(v.NGHE_TB).toMatchObject({ value: 43.9, approximate: true, source: "computed" });
  });

  it("gives seed 003's copies per issue: 37.320 / 12 = 3.110", () => {
    const v = derive({ BT_KY: 12, BT_CUON: 37320 });
    expect(v.BT_CUON_TB).toMatchObject({ value: 3110, approximate: false, source: "computed" });
    expect(formatViNumber(v.BT_CUON_TB!.value!, 0)).toBe("3.110");
  });

  it("keeps a parent given alone; its children stay missing, not zero", () => {
    const v = derive({ BUOI: 500 });
    expect(v.BUOI).toMatchObject({ value: 500, source: "entered" });
    expect(v.BUOI_BCV).toBeUndefined();
  });

  it("keeps a stated parent when only some children are given", () => {
    const v = derive({ BUOI: 100, BUOI_BCV: 10, BUOI_TTVCC: 5 });
    expect(v.BUOI).toMatchObject({ value: 100, source: "entered", approximate: false });
  });

  it("makes a missing parent the sum of the given children, as a floor (approximate)", () => {
    const v = derive({ BUOI_BCV: 10, BUOI_TTVCC: 5 });
    expect(v.BUOI).toMatchObject({ value: 15, approximate: true, source: "computed" });
  });

  it("replaces a stated parent that differs from complete children (validate reports it)", () => {
    const v = derive({ HNBCV: 9, HNBCV_TRUCTIEP: 3, HNBCV_TRUCTUYEN: 4 });
    expect(v.HNBCV).toMatchObject({ value: 7, source: "computed", approximate: false });
  });

  it("does not expect district reporters after 1/7/2025", () => {
    const children = { BCV_TW: 1, BCV_TINH: 2, BCV_CS: 3 };
    expect(derive(children, "2025S2").BCV).toMatchObject({ value: 6, approximate: false });
    expect(derive(children, "2024").BCV).toMatchObject({ value: 6, approximate: true });
  });

  it("treats unreadable and non-finite values as missing", () => {
    const v = derive({ HNBCV_TRUCTIEP: { value: null, raw: "hàng nghìn" }, HNBCV_TRUCTUYEN: Number.NaN });
    expect(v.HNBCV).toBeUndefined();
    expect(v.HNBCV_TRUCTUYEN?.value).toBeNull();
  });

  it("rounds half up with decimal.js: 1/4 = 0,25 → 0,3 and 5/2 = 2,5 → 3", () => {
    expect(derive({ NGHE: 1, BUOI: 4 }).NGHE_TB?.value).toBe(0.3);
    expect(derive({ BT_CUON: 5, BT_KY: 2 }).BT_CUON_TB?.value).toBe(3);
  });

  it("scales percentages: 6 of 7 organisations = 85,7%", () => {
    expect(derive({ TCCS: 7, TCCS_DUYTRI: 6 }).TCCS_DUYTRI_TL?.value).toBe(85.7);
  });

  it("gives no rate for a zero or missing denominator, and drops a stated one", () => {
    expect(derive({ NGHE: 10, BUOI: 0 }).NGHE_TB).toBeUndefined();
    expect(derive({ NGHE: 10 }).NGHE_TB).toBeUndefined();
    expect(derive({ NGHE_TB: 44 }).NGHE_TB).toBeUndefined();
  });

  it("keeps the stated cell on computed values and leaves the input alone", () => {
    const report = makeReport({ ...seed000, NGHE_TB: 40 }, { layout: templateLayout() });
    const before = JSON.stringify(report.values);
    const v = deriveValues(ttm01, report.values);
    expect(v.BUOI?.cell).toBe("E11");
    expect(v.NGHE_TB?.cell).toBe("E42");
    expect(JSON.stringify(report.values)).toBe(before);
  });
});
