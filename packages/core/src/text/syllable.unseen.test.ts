import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "./syllable.js";

describe("isVietnameseSyllable", () => {
  it("admits real syllables, old and new tone placement, capitals", () => {
    const words =
      "người được quyết khuya thuở hòa hoà thủy thuỷ khỏe khoẻ quý giữa gì nghiêng tuần xoắn yêu yên " +
      "muốn hoàng huynh huých bệnh ếch kìa mùa ăn ở à ý uỷ ngoài khuỷu xoong chuyện nguyễn ĐẢNG Khối kỳ";
    for (const word of words.split(" ")) expect(isVietnameseSyllable(word), word).toBe(true);
  });

  // Regression: the loose check let legacy bytes read as Latin-1 pass ("baùo", "buỉi", "liƯu",
  // "ñôn": ñ's tilde was taken for a tone), so VNI text was left undecoded and TCVN3 taken for VNI.
  it("refuses vowel groups, letters, tone positions and spellings Vietnamese does not have", () => {
    const words = "baùo maõ liƯu ñôn quyù buỉi naêm caùo kú ko ge ngi gha tướớng ườờ köln";
    for (const word of words.split(" ")) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
