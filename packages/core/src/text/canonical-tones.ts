/** Toned o, e, u and the letter the same tone puts on the next vowel. */
const MOVE_ON: Readonly<Record<string, readonly [string, Readonly<Record<string, string>>]>> = {
  ò: ["o", { a: "à", e: "è", y: "ỳ" }],
  ó: ["o", { a: "á", e: "é", y: "ý" }],
  ỏ: ["o", { a: "ả", e: "ẻ", y: "ỷ" }],
  õ: ["o", { a: "ã", e: "ẽ", y: "ỹ" }],
  ọ: ["o", { a: "ạ", e: "ẹ", y: "ỵ" }],
  ù: ["u", { a: "à", e: "è", y: "ỳ" }],
  ú: ["u", { a: "á", e: "é", y: "ý" }],
  ủ: ["u", { a: "ả", e: "ẻ", y: "ỷ" }],
  ũ: ["u", { a: "ã", e: "ẽ", y: "ỹ" }],
  ụ: ["u", { a: "ạ", e: "ẹ", y: "ỵ" }],
};

/**
 * Puts the tone of a syllable ending in oa, oe or uy on the second vowel ("new style"), so that
 * both spellings in use give one key: hòa/hoà → hoà, khỏe/khoẻ → khoẻ, thủy/thuỷ → thuỷ, ủy/uỷ → uỷ.
 * Only those open syllables differ between the two styles (hoàng, thuyền, quý never do).
 * Expects lower-case NFC text.
 */
export function canonicalTones(text: string): string {
  return text.replace(
    /([òóỏõọ])([ae])(?![\p{L}\p{M}])|([ùúủũụ])(y)(?![\p{L}\p{M}])/gu,
    (match, o, oNext, u, y) => {
      const toned = (o ?? u) as string;
      const next = (oNext ?? y) as string;
      const [bare, moved] = MOVE_ON[toned]!;
      // uy only with u; oa/oe only with o.
      if ((bare === "u") !== (next === "y")) return match;
      return bare + moved[next]!;
    },
  );
}
