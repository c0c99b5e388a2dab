import { foldDiacritics, normalizeLabel } from "../text/index.js";
import { memoizeText } from "../text/memoize.js";

/** A label as a matching key: decoded, NFC, lower case, canonical tones, no STT or bullet. */
export const labelKey = (text: string): string => normalizeLabel(text);

/** A key that also ignores diacritics, for text typed without them and for token overlap. */
export const foldedKey: (text: string) => string = memoizeText((text) =>
  foldDiacritics(normalizeLabel(text)).replace(/\s+/g, " ").trim(),
);

/** "trong đó cán bộ đảng viên" → "cán bộ đảng viên": units write the part with or without it. */
export const withoutOfWhich = (key: string): string => key.replace(/^trong (?:đó|do)\b\s*/, "");

export const tokensOf = (key: string): string[] => key.split(" ").filter((t) => t !== "");

/** Roman numerals that number a section (I … XII). */
export const ROMAN = /^(?:X{0,1}(?:IX|IV|V?I{0,3}))$/;

export const isRoman = (text: string): boolean => text !== "" && ROMAN.test(text);
