import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineForm, FormDefinition, formJsonSchema, TargetSchema, ttm01 } from "../index.js";
import { TonghopError } from "../issue/error.js";

const designCodes = `BCV BCV_TW BCV_TINH BCV_HUYEN BCV_CS TTV TTV_CC TCCS TCCS_DUYTRI BUOI BUOI_BCV BUOI_TTVCC
BUOI_CAPUY BUOI_TTVCS NGHE NGHE_BCV NGHE_TTVCC NGHE_CAPUY NGHE_TTVCS NGHE_CBDV NGHE_QC LG_BUOI LG_NGHE SHCB
HNBCV HNBCV_TRUCTIEP HNBCV_TRUCTUYEN HN_TIEPSONG DIEMCAU HNBCV_LUOT HNTTTS HNCD HNTT_LUOT BT_KY BT_CUON
TL_DECUONG DLXH_BC DLXH_CTV KT_TAPTHE KT_CANHAN NGHE_TB TCCS_DUYTRI_TL BUOI_TTVCC_TB BT_CUON_TB`.split(/\s+/);

describe("ttm01", () => {
  it("holds the 44 codes of the design's table, in order", () => {
    expect(designCodes).toHaveLength(44);
    expect(ttm01.indicators.map((i) => i.code)).toEqual(designCodes);
  });

  it("validates against its own schema", () => {
    expect(() => defineForm(JSON.parse(JSON.stringify(ttm01)))).not.toThrow();
  });

  it("has rules R1 to R11 and targets T1 to T6", () => {
    expect([...new Set(ttm01.rules.map((r) => r.id))]).toEqual([
      "R1",
      "R2",
      "R3",
      "R4",
      "R5",
      "R6",
      "R7",
      "R8",
      "R9",
      "R10",
      "R11",
    ]);
    expect(ttm01.targets.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
  });

  it("aggregates relayed conferences by max and stocks by last", () => {
    const by = (code: string) => ttm01.indicators.find((i) => i.code === code)!;
    expect(by("HN_TIEPSONG").aggregate).toEqual({ units: "max", time: "sum" });
    expect(by("BCV").aggregate).toEqual({ units: "sum", time: "last" });
    expect(by("NGHE_TB").aggregate).toEqual({ units: "none", time: "none" });
    expect(by("BUOI_BCV")).toMatchObject({ parent: "BUOI", relation: "sum" });
    expect(by("NGHE_QC")).toMatchObject({ parent: "NGHE", relation: "partOf" });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(ttm01.indicators[0])).toBe(true);
  });
});

describe("defineForm", () => {
  const minimal = {
    id: "X",
    title: "Mẫu thử",
    titleEn: "Test form",
    sections: [{ id: "I", label: "Mục I", labelEn: "Section I" }],
    columns: [{ role: "label", headers: ["Chỉ tiêu"] }],
    indicators: [
      { code: "A", stt: "1", label: "Chỉ tiêu A", labelEn: "A", unit: "buổi", kind: "flow", section: "I" },
    ],
  };

  it("fills aggregation from the kind", () => {
    expect(defineForm(minimal).indicators[0]!.aggregate).toEqual({ units: "sum", time: "sum" });
  });

  it("names the path of a schema error", () => {
    const bad = { ...minimal, indicators: [{ ...minimal.indicators[0], code: "a-b" }] };
    expect(() => defineForm(bad)).toThrow(TonghopError);
    expect(() => defineForm(bad)).toThrow(/indicators\.0\.code/);
  });

  it("rejects unknown parents, duplicate codes and derived rows without a formula", () => {
    const bad = {
      ...minimal,
      indicators: [
        ...minimal.indicators,
        { code: "A", stt: "2", label: "A lần 2", labelEn: "A2", unit: "", kind: "flow", section: "I" },
        {
          code: "B",
          stt: "3",
          label: "B",
          labelEn: "B",
          unit: "",
          kind: "flow",
          section: "I",
          parent: "Z",
          relation: "sum",
        },
        { code: "C", stt: "4", label: "C", labelEn: "C", unit: "", kind: "derived", section: "I" },
      ],
    };
    try {
      defineForm(bad);
      expect.unreachable();
    } catch (e) {
      const messages = (e as TonghopError).issues.map((i) => i.messageEn).join("\n");
      expect(messages).toMatch(/A is used twice/);
      expect(messages).toMatch(/no indicator has the code Z/);
      expect(messages).toMatch(/derived indicator needs/);
    }
  });

  it("rejects a parent chain that loops", () => {
    const bad = {
      ...minimal,
      indicators: [
        {
          code: "A",
          stt: "1",
          label: "A",
          labelEn: "A",
          unit: "",
          kind: "flow",
          section: "I",
          parent: "B",
          relation: "sum",
        },
        {
          code: "B",
          stt: "2",
          label: "B",
          labelEn: "B",
          unit: "",
          kind: "flow",
          section: "I",
          parent: "A",
          relation: "sum",
        },
      ],
    };
    expect(() => defineForm(bad)).toThrow(/vòng lặp/);
  });
});

describe("formJsonSchema", () => {
  it("describes indicators and their kinds", () => {
    const schema = formJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties).toHaveProperty("indicators");
    expect(JSON.stringify(schema)).toContain('"derived"');
  });
});

describe("zod schemas as values", () => {
  it("checks a list of targets with TargetSchema, as the form's own targets are", () => {
    const list = z.array(TargetSchema);
    expect(list.parse(ttm01.targets)).toEqual(ttm01.targets);
    expect(list.safeParse([{ id: "T9", label: { vi: "x", en: "x" } }]).success).toBe(false);
    // A missing list is an error, not an empty one (FormDefinition.shape.targets defaults to []).
    expect(list.safeParse(undefined).success).toBe(false);
    expect(FormDefinition.shape.targets.safeParse(undefined).success).toBe(true);
  });
});
