import { describe, expect, it } from "vitest";
import { normalizeLabel, normalizeName } from "../index.js";

describe("normalizeLabel on spellings not seen before", () => {
  // Regression: "Tỉ lệ …" did not match the form's "Tỷ lệ …" (both spellings are in use).
  it.each([
    ["Tỷ lệ tổ chức cơ sở đảng", "Tỉ lệ tổ chức cơ sở đảng"],
    ["Số kỳ bản tin", "Số kì bản tin"],
    ["Kỹ năng", "Kĩ năng"],
    ["Quý II", "Quí II"],
    ["Lý luận chính trị", "Lí luận chính trị"],
  ])("gives %j and %j one key", (a, b) => {
    expect(normalizeLabel(a)).toBe(normalizeLabel(b));
  });

  it.each([
    ["y tế", "i tế"],
    ["ý kiến", "í kiến"],
    ["bàn tay", "bàn tai"],
    ["quyền", "quiền"],
  ])("keeps %j apart from %j: a y that is no final i", (a, b) => {
    expect(normalizeLabel(a)).not.toBe(normalizeLabel(b));
  });

  it("reads labels with NFD, old tones, capitals, units of measure and numbering alike", () => {
    const key = normalizeLabel("Tổng số buổi tuyên truyền miệng");
    for (const label of [
      "4. TỔNG SỐ BUỔI TUYÊN TRUYỀN MIỆNG",
      "Tổng số buổi tuyên truyền miệng".normalize("NFD"),
      "a) Tổng số buổi  tuyên truyền miệng",
      "- Tổng số buổi TTM",
    ])
      expect(normalizeLabel(label)).toBe(key);
  });

  it("makes unit names with old and new tones one key", () => {
    expect(normalizeName("ĐẢNG UỶ XÃ THUỶ THANH")).toBe(normalizeName("Đảng ủy xã Thủy Thanh"));
    expect(normalizeName("Huyện uỷ Hoà Bình".normalize("NFD"))).toBe(normalizeName("HUYỆN ỦY HÒA BÌNH"));
  });
});
