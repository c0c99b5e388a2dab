import { describe, expect, it } from "vitest";
import { decodeVietnamese, detectEncoding, normalizeLabel } from "../index.js";

/** TCVN3 bytes as a cell shows them: each byte read as the Latin-1 character of its code point. */
const latin1 = (hex: string) =>
  String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

// Made with glibc: printf '%s' "$phrase" | iconv -f UTF-8 -t TCVN5712-1 | od -An -tx1
const TCVN3: ReadonlyArray<readonly [string, string]> = [
  [
    "Tổng số buổi tuyên truyền miệng (buổi)",
    "54e66e672073e8206275e66920747579aa6e2074727579d26e206d69d66e6720286275e66929",
  ],
  [
    "Lượt người nghe: 1.061 lượt; trên 14.000 người",
    "4cadee74206e67adea69206e6768653a20312e303631206cadee743b207472aa6e2031342e303030206e67adea69",
  ],
  [
    "Hội nghị trực tuyến tiếp sóng từ cấp trên",
    "48e969206e6768de207472f96320747579d56e207469d5702073e36e672074f52063ca70207472aa6e",
  ],
  [
    "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ninh",
    "a7b66e6720f179204b68e86920446f616e68206e676869d6702074d86e68205175b66e67204e696e68",
  ],
  ["Trong đó: cán bộ, đảng viên", "54726f6e6720aee33a2063b86e2062e92c20aeb66e67207669aa6e"],
  [
    "Ghi chú: số liệu tính đến ngày 14/6/2024",
    "476869206368f33a2073e8206c69d6752074dd6e6820aed56e206e67b5792031342f362f32303234",
  ],
  [
    "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập, Tự do, Hạnh phúc",
    "43e96e672068df612078b72068e969206368f1206e6768dc61205669d674204e616d202d20a7e963206ccb702c2054f920646f2c2048b96e68207068f363",
  ],
  [
    "Ưu tiên; ưng thuận; Ơn nghĩa; Ăn ở; Âm thầm; Êm đềm; Ôn tập",
    "a675207469aa6e3b20ad6e6720746875cb6e3b20a56e206e6768dc613b20a16e20eb3b20a26d207468c76d3b20a36d20aed26d3b20a46e2074cb70",
  ],
  [
    "Thủ trưởng đơn vị (ký tên, đóng dấu)",
    "5468f1207472adeb6e6720aeac6e2076de20286bfd2074aa6e2c20aee36e672064ca7529",
  ],
];

// Short header words and values, where a wrong guess costs a column or a number.
const TCVN3_SHORT: ReadonlyArray<readonly [string, string]> = [
  ["Số liệu", "53e8206c69d675"],
  ["Thực hiện", "5468f963206869d66e"],
  ["Nội dung", "4ee9692064756e67"],
  ["gần 8.200", "67c76e20382e323030"],
  ["buổi", "6275e669"],
  ["ĐVT", "a75654"],
];

describe("decodeVietnamese: TCVN3 phrases from iconv", () => {
  it.each(TCVN3)("decodes %j with and without the font", (phrase, hex) => {
    const text = latin1(hex);
    expect(decodeVietnamese(text, { font: ".VnTime" })).toBe(phrase);
    expect(detectEncoding(text)).toBe("tcvn3");
    expect(decodeVietnamese(text)).toBe(phrase);
  });

  // Regression: without a font these were taken for VNI ("Sè liƯu", "buỉi") or left as they were
  // ("Néi dung", "gÇn 8.200", "§VT"): a detector that only looked at bytes below 0xC0.
  it.each(TCVN3_SHORT)("detects the short text %j without a font", (phrase, hex) => {
    expect(decodeVietnamese(latin1(hex))).toBe(phrase);
  });

  it("shows .VnTimeH text in capitals, and only with that font", () => {
    const text = "®¶ng bé tØnh l¹ng s¬n";
    expect(decodeVietnamese(text, { font: ".VnTimeH" })).toBe("ĐẢNG BỘ TỈNH LẠNG SƠN");
    expect(decodeVietnamese(text, { font: ".VnArialH" })).toBe("ĐẢNG BỘ TỈNH LẠNG SƠN");
    expect(decodeVietnamese(text, { font: ".VnTime" })).toBe("đảng bộ tỉnh lạng sơn");
  });
});

/**
 * VNI-Windows letters checked against an independent published table (lamdao/xvnkb, vni.h:
 * each vowel with none, sắc, huyền, hỏi, ngã, nặng; "Ñ" for Đ).
 */
const VNI_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ["aå", "ẩ"],
  ["aú", "ẳ"],
  ["aë", "ặ"],
  ["eã", "ễ"],
  ["oä", "ộ"],
  ["ôû", "ở"],
  ["öï", "ự"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["î", "ỵ"],
  ["yõ", "ỹ"],
  ["ÖØ", "Ừ"],
  ["AÜ", "Ẵ"],
  ["OÅ", "Ổ"],
  ["Ñ", "Đ"],
];

describe("decodeVietnamese: VNI", () => {
  it.each(VNI_LETTERS)("decodes the VNI letter %j as %j", (vni, letter) => {
    expect(decodeVietnamese(vni, { encoding: "vni" })).toBe(letter);
  });

  // Regression: text whose only VNI bytes are also Vietnamese letters (ù á â õ) was left as it was.
  it.each([
    ["Ghi chuù", "Ghi chú"],
    ["Nghe baùo caùo vieân", "Nghe báo cáo viên"],
    ["Naêm 2024", "Năm 2024"],
    ["Maõ", "Mã"],
    ["ÑVT", "ĐVT"],
    ["Ñôn vò tính", "Đơn vị tính"],
    ["Quyù II/2024", "Quý II/2024"],
    ["treân 14.000", "trên 14.000"],
    ["Gaàn 8.200", "Gần 8.200"],
    ["Soá lieäu", "Số liệu"],
    ["Thöïc hieän", "Thực hiện"],
    ["KEÁT QUAÛ", "KẾT QUẢ"],
  ])("detects %j without a font", (vni, phrase) => {
    expect(decodeVietnamese(vni)).toBe(phrase);
  });
});

describe("decodeVietnamese leaves Unicode alone", () => {
  it.each([
    "Tên đơn vị",
    "Cà Mau",
    "Hóc Môn",
    "Bà Rịa",
    "Ngô Văn Tú",
    "Lò Văn Bó",
    "Tô Thị Hòa",
    "Ý kiến",
    "Ủy ban",
    "Mã đơn vị:",
    "Kỳ báo cáo: Quý II/2024",
    "Số liệu (1.061)",
    "Köln",
    "São Paulo",
    "café",
    "30°C",
  ])("keeps %j", (text) => {
    expect(decodeVietnamese(text)).toBe(text);
  });

  // Decision: a word that is a syllable both ways ("chó" / TCVN3 "chú", "Hôn" / VNI "Hơn") proves
  // nothing, so it stays as typed; the cell's font decides where it is known.
  it("keeps ambiguous words unless the font says otherwise", () => {
    expect(decodeVietnamese("Ghi chó")).toBe("Ghi chó");
    expect(decodeVietnamese("Ghi chó", { font: ".VnTime" })).toBe("Ghi chú");
    expect(decodeVietnamese("Hôn 500", { font: "VNI-Times" })).toBe("Hơn 500");
  });

  it("makes the same label key from every encoding", () => {
    const keys = ["Số liệu", "Số liệu".normalize("NFD"), latin1("53e8206c69d675"), "Soá lieäu"].map((t) =>
      normalizeLabel(t),
    );
    expect(new Set(keys)).toEqual(new Set(["số liệu"]));
  });
});
