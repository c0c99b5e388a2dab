import { foldDiacritics } from "../text/fold-diacritics.js";

/**
 * Lower case, no diacritics, đ → d, spaces collapsed: the loose form in which period words are
 * matched ("QUÝ IV NĂM 2023", "Quy IV nam 2023" and an NFD "quý iv năm 2023" all give "quy iv nam 2023").
 */
export function foldPeriodText(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, " ").trim();
}
