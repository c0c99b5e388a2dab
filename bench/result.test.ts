import { describe, expect, it } from "vitest";
import { acrossRounds, inRounds, median, type ScenarioResult } from "./result.js";

const result = (cpuMs: number, extra: Partial<ScenarioResult> = {}): ScenarioResult => ({
  ms: cpuMs / 2,
  cpuMs,
  rssMb: 100,
  totals: { BCV: 10, HN_TIEPSONG: null },
  notes: [],
  ...extra,
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("acrossRounds", () => {
  it("takes the median round's times and the highest peak RSS", () => {
    const combined = acrossRounds([
      result(900, { rssMb: 150 }),
      result(3000, { rssMb: 160 }),
      result(1000, { rssMb: 155 }),
    ]);
    expect(combined).toEqual({
      ms: 500,
      cpuMs: 1000,
      rssMb: 160,
      totals: { BCV: 10, HN_TIEPSONG: null },
      notes: [],
      cpuMsRounds: [900, 3000, 1000],
    });
  });

  it("notes a round whose totals differ from the first's, and keeps each round's notes once", () => {
    const combined = acrossRounds([
      result(1, { notes: ["missing 1"] }),
      result(1, { notes: ["missing 1"], totals: { BCV: 11, HN_TIEPSONG: null } }),
    ]);
    expect(combined.notes).toEqual(["missing 1", "round 2: BCV: 10 ≠ 11"]);
  });

  it("refuses no rounds", () => {
    expect(() => acrossRounds([])).toThrow(RangeError);
  });
});

describe("inRounds", () => {
  it("measures each path once a round, each round starting one path later", async () => {
    const order: string[] = [];
    const combined = await inRounds(["floor", "exceljs", "tonghop"], 3, async (path, round) => {
      order.push(`${round}:${path}`);
      return result(path === "floor" ? 100 + round : 300 - round);
    });
    expect(order).toEqual([
      "0:floor",
      "0:exceljs",
      "0:tonghop",
      "1:exceljs",
      "1:tonghop",
      "1:floor",
      "2:tonghop",
      "2:floor",
      "2:exceljs",
    ]);
    expect(combined.floor.cpuMsRounds).toEqual([100, 101, 102]);
    expect(combined.floor.cpuMs).toBe(101);
    expect(combined.tonghop.cpuMs).toBe(299);
  });
});
