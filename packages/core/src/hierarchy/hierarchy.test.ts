import { describe, expect, it } from "vitest";
import type { TonghopError } from "../issue/error.js";
import { Period } from "../period/period.js";
import { Hierarchy } from "./hierarchy.js";
import { langSonUnits } from "./lang-son.fixture.js";
import type { UnitInput } from "./unit.js";

const ls = Hierarchy.build(langSonUnits);
const codes = (units: readonly { code: string }[]) => units.map((u) => u.code);
const p = Period.parse;

function thrown(f: () => unknown): TonghopError {
  try {
    f();
  } catch (e) {
    return e as TonghopError;
  }
  throw new Error("did not throw");
}

describe("Hierarchy of Tỉnh ủy Lạng Sơn", () => {
  it("navigates the tree", () => {
    expect(codes(ls.roots())).toEqual(["LS"]);
    expect(ls.unit("LS.KCCQ")?.name).toBe("Đảng ủy Khối các cơ quan tỉnh");
    expect(ls.unit("LS")?.aliases).toEqual(["Đảng bộ tỉnh Lạng Sơn"]);
    expect(ls.unit("LS.TP")?.aliases).toEqual([]);
    expect(ls.unit("nope")).toBeUndefined();
    expect(codes(ls.children("LS.CL"))).toEqual(["LS.CL.DD"]);
    expect(codes(ls.ancestors("LS.CL.DD"))).toEqual(["LS.CL", "LS"]);
    expect(ls.ancestors("LS")).toEqual([]);
    expect(codes(ls.descendants("LS.TP"))).toEqual(["LS.TP.DK"]);
    expect(ls.descendants("LS")).toHaveLength(langSonUnits.length - 1);
    expect([ls.depth("LS"), ls.depth("LS.CL"), ls.depth("LS.CL.DD"), ls.depth("x")]).toEqual([
      0,
      1,
      2,
      undefined,
    ]);
  });

  it("children at a date or period", () => {
    expect(codes(ls.children("LS", "2025-06-30"))).toEqual(["LS.TP", "LS.KCCQ", "LS.CL", "LS.LB"]);
    expect(codes(ls.children("LS", "01/07/2025"))).toEqual(["LS.KCCQ", "LS.X.DD", "LS.P.DK", "LS.X.LB"]);
    expect(codes(ls.children("LS", p("2024")))).toEqual(["LS.TP", "LS.KCCQ", "LS.CL", "LS.LB"]);
    expect(() => ls.children("LS", "30/02/2025")).toThrow(
      expect.objectContaining({ code: "HIERARCHY.BAD_DATE" }),
    );
  });

  it("who is due for a period (valid on its last day)", () => {
    const old = ["LS.TP", "LS.KCCQ", "LS.CL", "LS.LB"];
    const merged = ["LS.KCCQ", "LS.X.DD", "LS.P.DK", "LS.X.LB"];
    expect(codes(ls.due("LS", p("2024")))).toEqual(old);
    expect(codes(ls.due("LS", p("2025S1")))).toEqual(old);
    expect(codes(ls.due("LS", p("2025S1"), "cutoff"))).toEqual(old);
    expect(codes(ls.due("LS", p("2025Q3")))).toEqual(merged);
    expect(codes(ls.due("LS", p("2025")))).toEqual(merged);
    expect(codes(ls.due("LS", p("2025M07"), "cutoff"))).toEqual(merged);
    expect(ls.isDue("LS.CL", p("2025S1"))).toBe(true);
    expect(ls.isDue("LS.CL", p("2025Q3"))).toBe(false);
    expect(ls.isDue("LS.CL", p("2025"))).toBe(false);
    expect(ls.isDue("LS.X.DD", p("2024"))).toBe(false);
    expect(ls.isDue("LS.X.DD", p("2025"))).toBe(true);
    expect(ls.isDue("unknown", p("2025"))).toBe(false);
  });

  it("matches the names sheets write", () => {
    const match = (name: string, at?: string) => codes(ls.match(name, at));
    expect(match("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")).toEqual(["LS.KCCQ"]);
    expect(match("Đảng ủy Khối CCQ tỉnh")).toEqual(["LS.KCCQ"]);
    expect(match("ĐUK các cơ quan tỉnh")).toEqual(["LS.KCCQ"]);
    expect(match("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")).toEqual(["LS.KCCQ"]);
    expect(match("THÀNH ỦY LẠNG SƠN")).toEqual(["LS.TP"]);
    expect(match("THÀNH UỶ LẠNG SƠN")).toEqual(["LS.TP"]);
    expect(match("Thành ủy Lạng Sơn".normalize("NFD"))).toEqual(["LS.TP"]);
    expect(match("TỈNH ỦY LẠNG SƠN\nTHÀNH ỦY LẠNG SƠN")).toEqual(["LS.TP"]);
    expect(match("  Huyện ủy   Cao Lộc. ")).toEqual(["LS.CL"]);
    expect(match("Đảng ủy xã Lộc Bình")).toEqual(["LS.X.LB"]);
    // containment: a shorter or longer form of one name
    expect(match("Khối các cơ quan tỉnh")).toEqual(["LS.KCCQ"]);
    expect(match("BCH Đảng bộ Huyện ủy Lộc Bình tỉnh Lạng Sơn")).toEqual(["LS.LB"]);
    // ambiguous or unknown: every candidate, for the caller to ask
    expect(match("Đảng ủy phường Đông Kinh")).toEqual(["LS.TP.DK", "LS.P.DK"]);
    expect(match("Đảng ủy phường Đông Kinh", "2024-12-31")).toEqual(["LS.TP.DK"]);
    expect(match("Huyện ủy")).toEqual(["LS.CL", "LS.LB"]);
    expect(match("Huyện ủy Văn Lãng")).toEqual([]);
    expect(match("   ")).toEqual([]);
  });

  it("follows lineage to the unit that carries on after a merger", () => {
    expect(ls.successorOf("LS.CL.DD", "2025-06-30")?.code).toBe("LS.CL.DD");
    expect(ls.successorOf("LS.CL.DD", "2025-07-01")?.code).toBe("LS.X.DD");
    expect(ls.successorOf("LS.CL.DD", p("2025"))?.code).toBe("LS.X.DD");
    expect(ls.successorOf("LS.CL", "2025-07-01")).toBeUndefined();
    expect(ls.successorOf("LS.X.DD", "2024-01-01")).toBeUndefined();
    const chain = Hierarchy.build([
      { code: "A", name: "Xã A", kind: "Đảng ủy xã", validTo: "2019-12-31", successor: "B" },
      {
        code: "B",
        name: "Xã B",
        kind: "Đảng ủy xã",
        validFrom: "2020-01-01",
        validTo: "2025-06-30",
        successor: "C",
      },
      { code: "C", name: "Xã C", kind: "Đảng ủy xã", validFrom: "2025-07-01" },
    ]);
    expect(chain.successorOf("A", "2019-06-01")?.code).toBe("A");
    expect(chain.successorOf("A", "2021-06-01")?.code).toBe("B");
    expect(chain.successorOf("A", "2026-01-01")?.code).toBe("C");
  });

  it("is immutable", () => {
    expect(Object.isFrozen(ls.units)).toBe(true);
    expect(Object.isFrozen(ls.unit("LS"))).toBe(true);
  });
});

describe("Hierarchy.build and check", () => {
  const unit = (code: string, parent?: string): UnitInput => ({
    code,
    name: `Đơn vị ${code}`,
    kind: "Đảng ủy",
    ...(parent === undefined ? {} : { parent }),
  });

  it("names every problem, in Vietnamese and English", () => {
    const units = [
      unit("R"),
      unit("A", "R"),
      unit("A", "R"),
      unit("B", "X"),
      unit("C", "D"),
      unit("D", "C"),
      unit("E", "E"),
      { ...unit("F", "R"), successor: "Z" },
      { ...unit("G", "R"), validFrom: "2025-07-01", validTo: "2025-06-30" },
      { ...unit("H", "R"), validFrom: "1/7/2025" },
    ];
    const issues = Hierarchy.check(units);
    expect(issues.map((i) => [i.code, i.unit])).toEqual([
      ["HIERARCHY.DUPLICATE_CODE", "A"],
      ["HIERARCHY.UNKNOWN_PARENT", "B"],
      ["HIERARCHY.UNKNOWN_SUCCESSOR", "F"],
      ["HIERARCHY.BAD_DATE", "G"],
      ["HIERARCHY.BAD_DATE", "H"],
      ["HIERARCHY.CYCLE", "C"],
      ["HIERARCHY.CYCLE", "E"],
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues[0]?.message).toContain('Mã đơn vị "A" bị trùng');
    expect(issues[1]?.message).toContain('"X"');
    expect(issues[5]?.message).toContain("C → D → C");
    expect(issues[5]?.messageEn).toContain("C → D → C");
    expect(issues[6]?.message).toContain("E → E");

    const error = thrown(() => Hierarchy.build(units));
    expect(error.code).toBe("HIERARCHY.INVALID");
    expect(error.issues).toEqual(issues);
    expect(error.message).toContain("Danh sách đơn vị không hợp lệ");
    expect(error.messageEn).toContain("not a valid hierarchy");
  });

  it("a valid list has no issues; empty optional fields are dropped", () => {
    expect(Hierarchy.check(langSonUnits)).toEqual([]);
    const h = Hierarchy.build([{ ...unit("R"), parent: "", validTo: "" }]);
    expect(h.unit("R")).toEqual({ code: "R", name: "Đơn vị R", kind: "Đảng ủy", aliases: [] });
  });
});
