import { expandAbbreviations, LABEL_ABBREVIATIONS } from "./abbreviations.js";
import { canonicalFinalI } from "./canonical-i.js";
import { canonicalTones } from "./canonical-tones.js";
import { decodeVietnamese } from "./decode-vietnamese.js";
import { memoizeText } from "./memoize.js";

/**
 * A row's numbering or bullet at the start of a label: "1.", "1.1.", "1.2", "2)", "a)", "b.", "I.",
 * "IV.", "(1)", "-", "+", "•". A bare number is kept ("6 tháng đầu năm").
 */
const LEADING_NUMBERING =
  /^(?:\d+(?:\.\d+)*[.)](?!\d)|\d+(?:\.\d+)+(?![\d.])|[ivxlc]+[.)]|[a-zđ][.)]|\(\s*(?:\d+|[ivxlc]+|[a-zđ])\s*\)|[-+*•·–—◦▪●○■□>])\s*/u;

/** Lower case, legacy text decoded, numbering removed; punctuation still in. */
export function labelText(text: string): string {
  let s = decodeVietnamese(text).toLowerCase().normalize("NFC").trim();
  for (let m = LEADING_NUMBERING.exec(s); m !== null && m[0] !== ""; m = LEADING_NUMBERING.exec(s)) {
    s = s.slice(m[0].length);
  }
  return canonicalFinalI(
    canonicalTones(
      s
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
        .trim()
        .normalize("NFC"),
    ),
  );
}

/**
 * The key two labels of the same indicator share: decoded, NFC, lower case, one tone placement
 * (hoà = hòa, uỷ = ủy), one spelling of a final i/y (tỷ lệ = tỉ lệ, kỳ = kì), punctuation → space, spaces collapsed, leading numbering removed,
 * abbreviations written out ("Số BCV" → "số báo cáo viên"). "Trong đó:" stays as the words "trong đó".
 */
export const normalizeLabel: (text: string) => string = memoizeText((text) =>
  expandAbbreviations(labelText(text), LABEL_ABBREVIATIONS),
);
