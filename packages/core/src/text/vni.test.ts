import { describe, expect, it } from "vitest";
import { decodeVietnamese, detectEncoding } from "../index.js";

/**
 * An independent Unicode → VNI encoder for the test, from the VNI-Windows chart: each vowel with
 * its tones in the order none, acute, grave, hook, tilde, dot.
 */
const VNI_CHART: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["a", ["a", "aù", "aø", "aû", "aõ", "aï"]],
  ["â", ["aâ", "aá", "aà", "aå", "aã", "aä"]],
  ["ă", ["aê", "aé", "aè", "aú", "aü", "aë"]],
  ["e", ["e", "eù", "eø", "eû", "eõ", "eï"]],
  ["ê", ["eâ", "eá", "eà", "eå", "eã", "eä"]],
  ["i", ["i", "í", "ì", "æ", "ó", "ò"]],
  ["o", ["o", "où", "oø", "oû", "oõ", "oï"]],
  ["ô", ["oâ", "oá", "oà", "oå", "oã", "oä"]],
  ["ơ", ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"]],
  ["u", ["u", "uù", "uø", "uû", "uõ", "uï"]],
  ["ư", ["ö", "öù", "öø", "öû", "öõ", "öï"]],
  ["y", ["y", "yù", "yø", "yû", "yõ", "î"]],
];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const TO_VNI = new Map<string, string>([
  ["đ", "ñ"],
  ["Đ", "Ñ"],
]);
for (const [vowel, forms] of VNI_CHART) {
  forms.forEach((vni, tone) => {
    const letter = (vowel + TONES[tone]).normalize("NFC");
    TO_VNI.set(letter, vni);
    TO_VNI.set(letter.toUpperCase(), vni.toUpperCase());
  });
}
const toVni = (text: string) => [...text.normalize("NFC")].map((c) => TO_VNI.get(c) ?? c).join("");

// Phrases not used while writing the table.
const PHRASES = [
  "Hội nghị báo cáo viên quý III năm 2025",
  "Đội ngũ tuyên truyền viên nòng cốt ở khu dân cư",
  "Kỷ niệm ngày thành lập Mặt trận Tổ quốc Việt Nam",
  "Ủy ban nhân dân xã Quỳnh Lưu, tỉnh Nghệ An",
  "Những điều đảng viên không được làm",
  "Thư viện điện tử; ứng dụng; chuyển đổi số",
  "ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
  "Gương người tốt việc tốt, khuyến học, khuyến tài",
  "Phòng chống thiên tai, lũ lụt và sạt lở đất",
  "Xây dựng nông thôn mới nâng cao, kiểu mẫu",
  "Ăn uống, nghỉ ngơi hợp lý; giữ gìn sức khỏe",
];

describe("VNI", () => {
  it("decodes hand-typed VNI text", () => {
    expect(decodeVietnamese("Ñaûng uûy Khoái caùc cô quan", { font: "VNI-Times" })).toBe(
      "Đảng ủy Khối các cơ quan",
    );
    expect(decodeVietnamese("ñöôïc, ngöôøi, nghieâng", { font: "VNI-Times" })).toBe("được, người, nghiêng");
    expect(decodeVietnamese("BAÙO CAÙO KEÁT QUAÛ", { font: "VNI-Helve" })).toBe("BÁO CÁO KẾT QUẢ");
  });

  it.each(PHRASES)("round-trips %j", (phrase) => {
    const vni = toVni(phrase);
    expect(vni).not.toBe(phrase);
    expect(decodeVietnamese(vni, { font: "VNI-Times" })).toBe(phrase.normalize("NFC"));
    expect(detectEncoding(vni)).toBe("vni");
    expect(decodeVietnamese(vni)).toBe(phrase.normalize("NFC"));
  });

  it("round-trips every letter, both cases", () => {
    for (const [letter, vni] of TO_VNI) expect(decodeVietnamese(vni, { encoding: "vni" })).toBe(letter);
  });
});
