import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ky, so, trangThai } from "./functions.js";

const metadata = JSON.parse(readFileSync(new URL("./functions.json", import.meta.url), "utf8")) as {
  functions: { id: string; name: string; parameters: unknown[]; result: { type: string } }[];
};

describe("TONGHOP custom functions", () => {
  it("SO reads Vietnamese numerals, and refuses to guess", () => {
    expect(so("trên 14.000")).toBe(14000);
    expect(so("1.061")).toBe(1061);
    expect(so("3,5")).toBe(3.5);
    expect(so("1,2 triệu")).toBe(1_200_000);
    expect(so(37320)).toBe(37320);
    expect(() => so("hàng nghìn")).toThrow(/Không đọc được số/);
    expect(() => so(null)).toThrow();
  });

  it("KY labels a period from its id or a label", () => {
    expect(ky("2024S1")).toBe("6 tháng đầu năm 2024");
    expect(ky("2024Q2")).toBe("Quý II/2024");
    expect(ky("quy iv nam 2023")).toBe("Quý IV/2023");
    expect(() => ky("kỳ sau")).toThrow(/Không đọc được kỳ/);
  });

  it("TRANGTHAI judges as core judges a target", () => {
    expect(trangThai(8, 12)).toBe("Chưa đạt");
    expect(trangThai(12, 12)).toBe("Đạt");
    expect(trangThai("13", "12")).toBe("Vượt");
    expect(trangThai("", 12)).toBe("Thiếu số liệu");
    expect(trangThai(5, null)).toBe("Thiếu số liệu");
    expect(trangThai(0, 0)).toBe("Đạt");
    // Exact, as core's targetStatusOf: 99,96 % shows as 100,0 % and is still not met.
    expect(trangThai("99,96", 100)).toBe("Chưa đạt");
    expect(trangThai("trên 14.000", "14.000")).toBe("Đạt");
    expect(trangThai(5, "hàng nghìn")).toBe("Thiếu số liệu");
  });

  it("functions.json describes exactly these functions, with their arity", () => {
    const arity: Record<string, number> = { SO: so.length, KY: ky.length, TRANGTHAI: trangThai.length };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(arity).sort());
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.parameters).toHaveLength(arity[f.id]!);
    }
    expect(metadata.functions.find((f) => f.id === "SO")?.result.type).toBe("number");
  });
});
