import { describe, expect, it } from "vitest";
import { defineForm } from "../form/define-form.js";
import type { MissingValueStrategy } from "../form/schema.js";
import { ttm01 } from "../form/ttm01.js";
import { makeReport, seed000, templateLayout, type ValueSpec } from "../total/test-helper.js";
import { validate } from "./validate.js";

const layout = templateLayout();
const run = (values: Record<string, ValueSpec>) => validate(ttm01, makeReport(values, { layout }));
const only = (code: string, values: Record<string, ValueSpec>) => run(values).filter((i) => i.code === code);

describe("R1: every session has a listener", () => {
  it("fires per performer, at the listeners' cell", () => {
    const issues = only("TTM.R1", { NGHE_BCV: 100, BUOI_BCV: 240 });
    // NGHE ≥ BUOI also fails on the totals, which are floors here (other performers missing): a warning.
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", cell: "E17", indicator: "NGHE_BCV" }),
      expect.objectContaining({ severity: "warning", cell: "E16", indicator: "NGHE" }),
    ]);
    expect(issues[0]!.message).toContain(
      "Cần mục 5.1 «Nghe báo cáo viên» ≥ mục 4.1 «Do báo cáo viên thực hiện», nhưng số liệu là 100 và 240.",
    );
    expect(issues[0]!.messageEn).toContain("but the figures are 100 and 240");
  });

  it("fires on the totals computed from the children", () => {
    const issues = only("TTM.R1", {
      BUOI: 500,
      NGHE_BCV: 100,
      NGHE_TTVCC: 100,
      NGHE_CAPUY: 100,
      NGHE_TTVCS: 100,
    });
    expect(issues).toEqual([expect.objectContaining({ cell: "E16", indicator: "NGHE" })]);
  });

  it("does not fire on seed 000, nor when a value is missing (skipIfAnyMissing)", () => {
    expect(only("TTM.R1", seed000)).toEqual([]);
    expect(only("TTM.R1", { BUOI_BCV: 240 })).toEqual([]);
  });

  it("is a warning when the listeners are an estimate", () => {
    const full = { ...seed000, NGHE_BCV: { value: 100, approximate: true } };
    expect(only("TTM.R1", full)).toEqual([
      expect.objectContaining({ severity: "warning", indicator: "NGHE_BCV" }),
    ]);
  });
});

describe("R2: 5 ≤ NGHE_TB ≤ 1000, on the computed average", () => {
  it("fires below 5 and above 1000", () => {
    expect(only("TTM.R2", { NGHE: 40, BUOI: 10 })).toEqual([
      expect.objectContaining({ severity: "warning", cell: "E42", indicator: "NGHE_TB" }),
    ]);
    expect(only("TTM.R2", { NGHE: 40, BUOI: 10 })[0]!.message).toContain(
      "«Bình quân lượt người nghe/buổi» ≥ 5, nhưng số liệu là 4,0",
    );
    expect(only("TTM.R2", { NGHE: 20000, BUOI: 10 })[0]!.message).toContain(
      "≤ 1.000, nhưng số liệu là 2.000,0",
    );
  });
  it("does not fire on seed 000 (43,9) nor without sessions", () => {
    expect(only("TTM.R2", seed000)).toEqual([]);
    expect(only("TTM.R2", { NGHE: 40 })).toEqual([]);
  });
});

describe("R3: online or relayed conferences need a bridge point", () => {
  it("fires with a blank DIEMCAU counted as 0", () => {
    const issues = only("TTM.R3", { HN_TIEPSONG: 4 });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", indicator: "DIEMCAU", cell: "E30" }),
    ]);
    expect(issues[0]!.message).toContain(
      "Cần mục 10 «Số điểm cầu trực tuyến» ≥ 1, nhưng số liệu là 0, trong khi mục 8.2 + 9 > 0 (4) (mục 8.2, 10 để trống, tính là 0)",
    );
  });
  it("does not fire with bridge points, nor without online conferences", () => {
    expect(only("TTM.R3", { HN_TIEPSONG: 4, DIEMCAU: 11 })).toEqual([]);
    expect(only("TTM.R3", { HNBCV_TRUCTIEP: 3 })).toEqual([]);
  });
});

describe("R4: conferences need attendances", () => {
  it("fires without attendances", () => {
    expect(only("TTM.R4", { HNTTTS: 8, HNCD: 2 })).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
  });
  it("does not fire on seed 002 (8 briefings, 2 seminars, 1.700 attendances)", () => {
    expect(only("TTM.R4", { HNTTTS: 8, HNCD: 2, HNTT_LUOT: { value: 1700, approximate: true } })).toEqual([]);
  });
});

describe("R5: bulletin copies and issues", () => {
  it("fires when copies are fewer than issues (error)", () => {
    expect(only("TTM.R5", { BT_KY: 12, BT_CUON: 5 })).toEqual([
      expect.objectContaining({ severity: "error", cell: "E36", indicator: "BT_CUON" }),
    ]);
  });
  it("fires both ways of issues without copies", () => {
    expect(only("TTM.R5", { BT_KY: 12, BT_CUON: 0 }).map((i) => i.severity)).toEqual(["error", "error"]);
    expect(only("TTM.R5", { BT_KY: 0, BT_CUON: 100 })).toHaveLength(1);
  });
  it("is a warning when the other figure is blank: missing, not wrong", () => {
    expect(only("TTM.R5", { BT_KY: 12 })).toEqual([expect.objectContaining({ severity: "warning" })]);
  });
  it("does not fire on seed 003 (12 issues, 37.320 copies)", () => {
    expect(only("TTM.R5", { BT_KY: 12, BT_CUON: 37320 })).toEqual([]);
  });
});

describe("R6: sessions by core propagandists need core propagandists", () => {
  it("fires when there are none (error), and warns when the count is blank", () => {
    expect(only("TTM.R6", { BUOI_TTVCC: 199, TTV_CC: 0 })).toEqual([
      expect.objectContaining({ severity: "error", cell: "E8", indicator: "TTV_CC" }),
    ]);
    expect(only("TTM.R6", { BUOI_TTVCC: 199 })).toEqual([expect.objectContaining({ severity: "warning" })]);
  });
  it("does not fire with core propagandists", () => {
    expect(only("TTM.R6", { BUOI_TTVCC: 199, TTV_CC: 40 })).toEqual([]);
  });
});

describe("R7: cadres plus the public make all listeners", () => {
  it("fires when they do not", () => {
    const issues = only("TTM.R7", { NGHE: 30000, NGHE_CBDV: 11800, NGHE_QC: 8200 });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", cell: "E21", indicator: "NGHE_CBDV" }),
    ]);
    expect(issues[0]!.message).toContain(
      "Cần mục 5.5 + 5.6 = mục 5 «Tổng số lượt người nghe», nhưng số liệu là 20.000 và 30.000",
    );
  });
  it("is a warning with estimates, and silent when equal or when one is missing", () => {
    expect(
      only("TTM.R7", { NGHE: 30000, NGHE_CBDV: { value: 11800, approximate: true }, NGHE_QC: 8200 }),
    ).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(only("TTM.R7", { NGHE: 20000, NGHE_CBDV: 11800, NGHE_QC: 8200 })).toEqual([]);
    expect(only("TTM.R7", { NGHE: 30000, NGHE_CBDV: 11800 })).toEqual([]);
  });
});

describe("missing-value strategies (DHIS2)", () => {
  const formWith = (missing: MissingValueStrategy) =>
    defineForm({
      ...ttm01,
      id: "LG-02",
      rules: [
        {
          id: "X1",
          type: "compare",
          severity: "error",
          description: { vi: "Lồng ghép nhiều nhất 10", en: "At most 10 integrated" },
          assert: [{ left: ["LG_BUOI", "SHCB"], op: ">=", right: 1 }],
          missing,
        },
      ],
    });
  const check = (missing: MissingValueStrategy, values: Record<string, ValueSpec>) =>
    validate(formWith(missing), { ...makeReport(values), form: "LG-02" }).filter((i) => i.code === "LG.X1");

  it("skipIfAnyMissing: skips when any value is missing", () => {
    expect(check("skipIfAnyMissing", { LG_BUOI: 0 })).toEqual([]);
    expect(check("skipIfAnyMissing", { LG_BUOI: 0, SHCB: 0 })).toEqual([
      expect.objectContaining({ severity: "error" }),
    ]);
  });
  it("skipIfAllMissing: skips only when all are missing, the others count 0", () => {
    expect(check("skipIfAllMissing", {})).toEqual([]);
    expect(check("skipIfAllMissing", { LG_BUOI: 0 })).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
    expect(check("skipIfAllMissing", { LG_BUOI: 1 })).toEqual([]);
  });
  it("missingAsZero: never skips", () => {
    expect(check("missingAsZero", {})).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(check("missingAsZero", { LG_BUOI: 0, SHCB: 0 })).toEqual([
      expect.objectContaining({ severity: "error" }),
    ]);
  });
  it("treats an unreadable value as missing", () => {
    expect(check("skipIfAnyMissing", { LG_BUOI: 0, SHCB: { value: null, raw: "hàng nghìn" } })).toEqual([]);
  });
});
