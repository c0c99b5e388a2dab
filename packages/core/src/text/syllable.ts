/** Tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * One Vietnamese syllable, tone removed: initial consonant, 1–3 vowels, final consonant. Loose on
 * purpose (it admits some non-words) but no Vietnamese syllable fails it.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouyăâêôơư]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** Whether a word has the shape of a Vietnamese syllable with at most one tone (used to tell legacy encodings apart). */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  if ((decomposed.match(TONE_MARKS) ?? []).length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}
