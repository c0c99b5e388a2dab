import { isVietnameseSyllable } from "./syllable.js";
import { decodeTcvn3, isTcvn3Letter } from "./tcvn3.js";
import { decodeVni, isVniOnlyChar } from "./vni.js";

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

/**
 * How much more a decoding looks like Vietnamese than the text did: +1 for each changed word
 * that becomes a Vietnamese syllable, −1 for each that does not. Only words with an ASCII letter
 * count, so a lone symbol ("©", "½") proves nothing.
 */
function score(text: string, decoded: string): number {
  const before = text.split(SEPARATORS);
  const after = decoded.split(SEPARATORS);
  if (before.length !== after.length) return Number.NEGATIVE_INFINITY;
  let total = 0;
  before.forEach((word, i) => {
    const result = after[i]!;
    if (word === result || !/[A-Za-z]/.test(word)) return;
    total += isVietnameseSyllable(result) ? 1 : -1;
  });
  return total;
}

/**
 * Which encoding a cell's text is in. A TCVN3 or VNI font name decides; otherwise the text does:
 * any letter only Unicode has means Unicode; else each legacy decoding that has evidence (a TCVN3
 * letter byte such as ¸ µ ­ ®, or a byte only VNI uses such as ø ï ñ ö) is scored by how many words
 * it turns into Vietnamese syllables, and the better one wins if it wins at all. ASCII, genuine
 * Vietnamese Unicode and other Latin text stay "unicode".
 */
export function detectEncoding(text: string, font?: string | null): VietnameseEncoding {
  if (font !== null && font !== undefined) {
    if (isTcvn3Font(font)) return "tcvn3";
    if (isVniFont(font)) return "vni";
  }
  // Plain ASCII, or text holding letters no legacy byte can stand for.
  if (!/[\u00a1-\u00ff]/u.test(text) || UNICODE_ONLY.test(text)) return "unicode";
  const chars = [...text];
  const candidates: Array<[VietnameseEncoding, number]> = [];
  if (chars.some((c) => isTcvn3Letter(c) && c < "\u00c0"))
    candidates.push(["tcvn3", score(text, decodeTcvn3(text))]);
  if (chars.some(isVniOnlyChar)) candidates.push(["vni", score(text, decodeVni(text))]);
  const best = candidates.sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] > 0 ? best[0] : "unicode";
}
