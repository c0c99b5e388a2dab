export { canonicalTones } from "./canonical-tones.js";
export { type DecodeOptions, decodeVietnamese } from "./decode-vietnamese.js";
export { detectEncoding, type VietnameseEncoding } from "./detect-encoding.js";
export { foldDiacritics } from "./fold-diacritics.js";
export { normalizeLabel } from "./normalize-label.js";
export { normalizeName } from "./normalize-name.js";
