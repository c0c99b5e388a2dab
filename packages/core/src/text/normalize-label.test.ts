import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalTones, foldDiacritics, normalizeLabel, normalizeName } from "../index.js";

describe("normalizeLabel", () => {
  it.each([
    ["1. Số BCV", "số báo cáo viên"],
    ["1.1. Số buổi TTM của TTV", "số buổi tuyên truyền miệng của tuyên truyền viên"],
    ["1.2 Số buổi", "số buổi"],
    ["- Trong đó: CB, ĐV", "trong đó cán bộ đảng viên"],
    ["Trong đó: quần chúng", "trong đó quần chúng"],
    ["+ Trực tiếp", "trực tiếp"],
    ["a) Số TCCS đảng", "số tổ chức cơ sở đảng"],
    ["(2) Số TCCS", "số tổ chức cơ sở đảng"],
    ["IV. TỔNG SỐ HN", "tổng số hội nghị"],
    ["•  Số   lượt người nghe (lượt)  ", "số lượt người nghe lượt"],
    ["6 tháng đầu năm", "6 tháng đầu năm"],
    ["Báo cáo viên TW", "báo cáo viên trung ương"],
    ["Đảng ủy Khối CCQ", "đảng uỷ khối các cơ quan"],
  ])("%j → %j", (label, key) => {
    expect(normalizeLabel(label)).toBe(key);
  });

  it("gives old and new tone placement one key", () => {
    expect(normalizeLabel("Hòa Bình")).toBe(normalizeLabel("Hoà Bình"));
    expect(normalizeLabel("Đảng ủy")).toBe(normalizeLabel("Đảng uỷ"));
    expect(normalizeLabel("thủy lợi")).toBe(normalizeLabel("thuỷ lợi"));
    expect(normalizeLabel("sức khỏe")).toBe(normalizeLabel("sức khoẻ"));
    expect(normalizeLabel("HÒA")).toBe(normalizeLabel("hoà"));
  });

  it("matches NFD, NFC, case and legacy encodings", () => {
    const key = normalizeLabel("Số lượt người nghe");
    expect(normalizeLabel("SỐ LƯỢT NGƯỜI NGHE".normalize("NFD"))).toBe(key);
    expect(normalizeLabel("S\u00e8 l\u00ad\u00eet ng\u00ad\u00eai nghe")).toBe(key); // TCVN3
    expect(normalizeLabel("Soá löôït ngöôøi nghe")).toBe(key); // VNI
  });

  it("is idempotent", () => {
    const words = fc.constantFrom(
      "1.",
      "a)",
      "-",
      "Số",
      "BCV",
      "Hòa",
      "uỷ",
      "TCCS",
      "đảng",
      "(lượt)",
      "Trong",
      "đó:",
      "6",
    );
    const label = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 8 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(label, (s) => {
        const once = normalizeLabel(s);
        expect(normalizeLabel(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("canonicalTones", () => {
  it("moves only the tones of open oa, oe, uy", () => {
    expect(canonicalTones("hòa thủy khỏe ủy")).toBe("hoà thuỷ khoẻ uỷ");
    expect(canonicalTones("hoàng thuyền quý ngoài túi mía")).toBe("hoàng thuyền quý ngoài túi mía");
  });
});

describe("foldDiacritics", () => {
  it("drops diacritics and case, đ → d", () => {
    expect(foldDiacritics("QUÝ IV NĂM 2023")).toBe("quy iv nam 2023");
    expect(foldDiacritics("Đảng ủy Khối")).toBe("dang uy khoi");
    expect(foldDiacritics("Ưu tiên".normalize("NFD"))).toBe("uu tien");
  });
});

describe("normalizeName", () => {
  it("writes out unit abbreviations and keeps the unit words", () => {
    expect(normalizeName("Đảng ủy Khối CCQ tỉnh")).toBe("đảng uỷ khối các cơ quan tỉnh");
    expect(normalizeName("ĐUK các cơ quan tỉnh")).toBe("đảng uỷ khối các cơ quan tỉnh");
    expect(normalizeName("BTG Thành uỷ")).toBe("ban tuyên giáo thành uỷ");
    expect(normalizeName("Đảng bộ TP. Lạng Sơn")).toBe("đảng bộ thành phố lạng sơn");
    expect(normalizeName("UBND tỉnh")).toBe(normalizeName("Uỷ ban nhân dân tỉnh"));
  });
});
