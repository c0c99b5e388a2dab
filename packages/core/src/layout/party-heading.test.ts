import { describe, expect, it } from "vitest";
import { dateLine, partyOrganisationOf, placeOf, shortName } from "./party-heading.js";

describe("the Party heading", () => {
  it("names the Party organisation a committee leads, in capitals", () => {
    expect(partyOrganisationOf("Tỉnh ủy Lạng Sơn")).toBe("ĐẢNG BỘ TỈNH LẠNG SƠN");
    expect(partyOrganisationOf("Huyện uỷ Cao Lộc")).toBe("ĐẢNG BỘ HUYỆN CAO LỘC");
    expect(partyOrganisationOf("Thành ủy Lạng Sơn")).toBe("ĐẢNG BỘ THÀNH PHỐ LẠNG SƠN");
    expect(partyOrganisationOf("Đảng ủy Khối các cơ quan tỉnh")).toBe("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
  });

  it("takes the place of the date line from the unit's name", () => {
    expect(placeOf("Tỉnh ủy Lạng Sơn")).toBe("Lạng Sơn");
    expect(placeOf("Đảng ủy phường Tam Thanh")).toBe("Tam Thanh");
    expect(dateLine("Lạng Sơn", new Date(2022, 11, 15))).toBe("Lạng Sơn, ngày 15 tháng 12 năm 2022");
    expect(dateLine(undefined, new Date(2024, 0, 5))).toBe("Ngày 05 tháng 01 năm 2024");
  });

  it("shortens unit names for column headers", () => {
    expect(shortName("Huyện ủy Cao Lộc")).toBe("Cao Lộc");
    expect(shortName("Thành ủy Lạng Sơn")).toBe("TP Lạng Sơn");
    expect(shortName("Đảng ủy Khối các cơ quan tỉnh")).toBe("Khối CCQ tỉnh");
    expect(shortName("Đảng ủy Ủy ban nhân dân tỉnh")).toBe("UBND tỉnh");
    expect(shortName("Đảng ủy xã Na Sầm")).toBe("Xã Na Sầm");
  });
});
