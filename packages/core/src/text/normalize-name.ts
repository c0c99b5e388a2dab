import { expandAbbreviations, LABEL_ABBREVIATIONS, NAME_ABBREVIATIONS } from "./abbreviations.js";
import { memoizeText } from "./memoize.js";
import { labelText } from "./normalize-label.js";

const NAME_TABLE: Readonly<Record<string, string>> = { ...LABEL_ABBREVIATIONS, ...NAME_ABBREVIATIONS };

/**
 * The key of a unit's name: as normalizeLabel, with unit abbreviations written out too
 * ("ĐUK CCQ tỉnh" → "đảng uỷ khối các cơ quan tỉnh", "BTG" → "ban tuyên giáo"). Words such as
 * "đảng uỷ", "đảng bộ", "ban tuyên giáo" are kept: they tell units apart.
 */
export const normalizeName: (text: string) => string = memoizeText((text) =>
  expandAbbreviations(labelText(text), NAME_TABLE),
);
