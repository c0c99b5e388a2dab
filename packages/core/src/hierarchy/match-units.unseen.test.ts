import { describe, expect, it } from "vitest";
import { Hierarchy } from "./hierarchy.js";

const hierarchy = Hierarchy.build([
  { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
  { code: "HB", name: "Huyện ủy Hòa Bình", kind: "Huyện ủy", parent: "LS" },
  { code: "TH1", name: "Đảng ủy xã Tân Hòa", kind: "Đảng ủy xã", parent: "HB" },
  { code: "TH2", name: "Đảng ủy xã Tân Hóa", kind: "Đảng ủy xã", parent: "HB" },
  { code: "DUK", name: "Đảng ủy Khối các cơ quan tỉnh", kind: "Đảng ủy Khối", parent: "LS" },
]);
const codes = (name: string) => hierarchy.match(name).map((u) => u.code);

describe("Hierarchy.match on names not seen before", () => {
  it("matches old and new tone placement, NFD, capitals and abbreviations", () => {
    expect(codes("HUYỆN UỶ HOÀ BÌNH")).toEqual(["HB"]);
    expect(codes("Huyện uỷ Hoà Bình".normalize("NFD"))).toEqual(["HB"]);
    expect(codes("ĐUK CCQ TỈNH")).toEqual(["DUK"]);
    expect(codes("Đảng uỷ xã Tân Hoà")).toEqual(["TH1"]);
  });

  // Regression: names typed without diacritics (and file names) matched nothing.
  it("falls back on names without diacritics, and asks when they fit two units", () => {
    expect(codes("huyen uy hoa binh")).toEqual(["HB"]);
    expect(codes("dang-uy-khoi-cac-co-quan-tinh")).toEqual(["DUK"]);
    expect(codes("Dang uy xa Tan Hoa").sort()).toEqual(["TH1", "TH2"]);
  });
});
