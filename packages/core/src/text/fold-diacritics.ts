import { decodeVietnamese } from "./decode-vietnamese.js";

/**
 * Lower case without diacritics, đ → d: a loose key for text typed without accents
 * ("QUY IV NAM 2023" matches "Quý IV năm 2023"). Legacy TCVN3 / VNI text is decoded first.
 */
export function foldDiacritics(text: string): string {
  return decodeVietnamese(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
