import { isVietnameseSyllable } from "./syllable.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

export type VietnameseEncoding = "tcvn3" | "vni" | "unicode";

/** Fonts of the TCVN3 (ABC) set: .VnTime, .VnArial, .VnTimeH, .VnArial NarrowH ... */
export function isTcvn3Font(font: string): boolean {
  return /^\.?vn(?!i)/i.test(font.trim());
}

/** The TCVN3 capitals fonts (.VnTimeH, .VnArialH): their names end in H. */
export function isTcvn3CapitalsFont(font: string): boolean {
  return isTcvn3Font(font) && /H$/.test(font.trim());
}

/** Fonts of the VNI set: VNI-Times, VNI-Helve, VNI Aptima ... */
export function isVniFont(font: string): boolean {
  return /^vni[-\s_]/i.test(font.trim());
}

/** Letters only Unicode can hold (ă đ ĩ ũ ơ ư, the toned letters of Latin Extended Additional) and combining marks. */
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

/** Splits text into words the same way before and after decoding: no decoded character is a separator. */
const SEPARATORS = /[\s\d!-/:-@[-`{-~–—…“”‘’]+/u;

/** Abbreviations that start with Đ ("ĐVT", "ĐV", "ĐUK"): as Vietnamese as a syllable. */
const D_ABBREVIATION = /^Đ[A-ZĐ]{0,4}$/u;

const vietnamese = (word: string) => (isVietnameseSyllable(word) || D_ABBREVIATION.test(word) ? 1 : -1);

/**
 * How much more a decoding looks like Vietnamese than the text did: for each word it changes, +2
 * when a non-word becomes a Vietnamese syllable, −2 when a syllable becomes a non-word, 0 when both
 * or neither are (Unicode "chó" against TCVN3 "chú" proves nothing). Only words with an ASCII
 * letter count, so a lone symbol ("©", "½") proves nothing.
 */
function score(text: string, decoded: string): number {
  const before = text.split(SEPARATORS);
  const after = decoded.split(SEPARATORS);
  if (before.length !== after.length) return Number.NEGATIVE_INFINITY;
  let total = 0;
  before.forEach((word, i) => {
    const result = after[i]!;
    if (word === result || !/[A-Za-z]/.test(word)) return;
    total += vietnamese(result) - vietnamese(word);
  });
  return total;
}

/**
 * Which encoding a cell's text is in. A TCVN3 or VNI font name decides; otherwise the text does:
 * any letter only Unicode has means Unicode; else each legacy decoding that changes the text is
 * scored by how many non-words it turns into Vietnamese syllables (net of syllables it spoils),
 * and the better one wins if it wins at all. Short header words count: "Sè liÖu" is TCVN3 "Số
 * liệu", "Ghi chuù" VNI "Ghi chú". ASCII, genuine
 * Vietnamese Unicode and other Latin text stay "unicode".
 */
export function detectEncoding(text: string, font?: string | null): VietnameseEncoding {
  if (font !== null && font !== undefined) {
    if (isTcvn3Font(font)) return "tcvn3";
    if (isVniFont(font)) return "vni";
  }
  // Plain ASCII, or text holding letters no legacy byte can stand for.
  if (!/[\u00a1-\u00ff]/u.test(text) || UNICODE_ONLY.test(text)) return "unicode";
  // Each decoding that changes the text is scored; TCVN3 first, so it wins a tie.
  const candidates: Array<[VietnameseEncoding, number]> = [];
  for (const [encoding, decode] of [
    ["tcvn3", decodeTcvn3],
    ["vni", decodeVni],
  ] as const) {
    const decoded = decode(text);
    if (decoded !== text.normalize("NFC")) candidates.push([encoding, score(text, decoded)]);
  }
  const best = candidates.sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] > 0 ? best[0] : "unicode";
}
