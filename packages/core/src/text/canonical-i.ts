/** y with each tone and the i with the same tone. */
const TO_I: Readonly<Record<string, string>> = { y: "i", ý: "í", ỳ: "ì", ỷ: "ỉ", ỹ: "ĩ", ỵ: "ị" };

/**
 * Writes a syllable that ends in a lone y after its consonant with i instead: both spellings are in
 * use (tỷ lệ / tỉ lệ, kỹ / kĩ, lý / lí, quý / quí, Mỹ / Mĩ), so both give one key. A y that is a
 * word of its own (y tế, ý kiến) or part of a vowel group (tay, quyền, khuya) is kept.
 * Expects lower-case NFC text.
 */
export function canonicalFinalI(text: string): string {
  return text.replace(
    /(?<![\p{L}\p{M}])(qu|[bcdđhklmnprstvx]h?|tr)([yýỳỷỹỵ])(?![\p{L}\p{M}])/gu,
    (_, consonant: string, y: string) => consonant + TO_I[y]!,
  );
}
