import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeVietnamese, detectEncoding } from "../index.js";

const SENTENCES = [
  "Đảng ủy Khối các cơ quan tỉnh tổng kết công tác tuyên truyền miệng năm 2022",
  "Hiện nay, đội ngũ báo cáo viên của thành phố có 19 đồng chí",
  "Hoà Bình, thuỷ lợi, khoẻ mạnh",
  "Tên đơn vị",
  "Cà Mau; Bà Rịa – Vũng Tàu",
  "Số lượt người nghe (lượt)",
];
const WORDS = [
  "tuyên",
  "truyền",
  "miệng",
  "báo",
  "cáo",
  "viên",
  "hội",
  "nghị",
  "quý",
  "đảng",
  "ủy",
  "người",
  "nghe",
  "Hà",
  "Nội",
  "tên",
  "cô",
  "là",
  "và",
  "Ông",
  "Phú",
  "Yên",
  "ĐẢNG",
  "thuỷ",
  "khoẻ",
  "hòa",
];

describe("decodeVietnamese on Unicode and ASCII", () => {
  it.each(SENTENCES)("leaves %j as it is", (s) => {
    expect(detectEncoding(s)).toBe("unicode");
    expect(decodeVietnamese(s)).toBe(s);
  });

  it("turns NFD (Unikey's tổ hợp) into NFC", () => {
    const nfd = "Tổng số báo cáo viên".normalize("NFD");
    expect(decodeVietnamese(nfd)).toBe("Tổng số báo cáo viên");
    expect(detectEncoding(nfd)).toBe("unicode");
  });

  it("leaves ASCII and other Latin text alone", () => {
    for (const s of [
      "Hello world",
      "QUY IV NAM 2023",
      "café ©2024",
      "30°C",
      "Köln, Müller",
      "São Paulo",
      "½ + ¼",
    ]) {
      expect(decodeVietnamese(s)).toBe(s);
    }
  });

  it("returns NFC of any genuine Vietnamese sentence", () => {
    const sentence = fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(sentence, fc.boolean(), (s, nfd) => {
        const input = nfd ? s.normalize("NFD") : s;
        expect(decodeVietnamese(input)).toBe(s.normalize("NFC"));
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typeof decodeVietnamese(s)).toBe("string");
      }),
    );
  });

  it("follows the font name over the text", () => {
    expect(detectEncoding("abc", ".VnTime")).toBe("tcvn3");
    expect(detectEncoding("abc", "VNI-Times")).toBe("vni");
    expect(decodeVietnamese("Tên", { encoding: "unicode" })).toBe("Tên");
  });
});

describe("decodeVietnamese with a font of neither legacy set", () => {
  it("decodes as with no font, legacy text detected from the text", () => {
    const texts = ["Sè liÖu", "Ghi chuù", "Chỉ tiêu", "ĐẢNG ỦY XÃ", "c¸c chØ tiªu", "plain"];
    for (const font of ["Times New Roman", "Arial", "", "Calibri"]) {
      for (const text of texts) expect(decodeVietnamese(text, { font })).toBe(decodeVietnamese(text));
    }
    expect(decodeVietnamese("Sè liÖu", { font: "Arial" })).toBe("Số liệu");
  });
});
