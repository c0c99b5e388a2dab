import {
  detectEncoding,
  isTcvn3CapitalsFont,
  isTcvn3Font,
  isVniFont,
  type VietnameseEncoding,
} from "./detect-encoding.js";
import { memoizeText } from "./memoize.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

export interface DecodeOptions {
  /** The cell's font name (".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman"), when known. */
  font?: string | null;
  /** "auto" (the default) detects it from the font and the text. */
  encoding?: "auto" | VietnameseEncoding;
}

/**
 * Turns a cell's text into NFC Unicode: legacy TCVN3 (ABC, .VnTime) and VNI (VNI-Times) text, which
 * arrives as the Windows-1252 characters of its bytes, is decoded; Unicode is put in NFC (Unikey's
 * "tổ hợp" mode types NFD). With a .VnTimeH-style font the result is in capitals, as the font shows it.
 */
export function decodeVietnamese(text: string, options: DecodeOptions = {}): string {
  const encoding = options.encoding ?? "auto";
  if (encoding === "unicode") return text.normalize("NFC");
  // A font of neither legacy set decodes as no font does (detectEncoding and the capitals test
  // look at legacy fonts only): such cells share the decoders of no font.
  const font = options.font != null && isLegacyFont(options.font) ? options.font : null;
  if (encoding === "auto" && font === null) {
    // Most cells: no Latin-1 letter, so Unicode already (detectEncoding's first test).
    return LATIN1.test(text) ? decodeAuto(text) : text.normalize("NFC");
  }
  // Remembered per encoding and font: detection scores every syllable, and sheets repeat their texts.
  const id = `${encoding}\u0000${font ?? "\u0000"}`;
  let decode = decoders.get(id);
  if (decode === undefined) {
    if (decoders.size >= 64) decoders.clear();
    decode = memoizeText((t) => decodeWith(t, font, encoding), 2048);
    decoders.set(id, decode);
  }
  return decode(text);
}

const decoders = new Map<string, (text: string) => string>();

/** The decoder of a cell in no legacy font, the encoding detected from the text: most cells. */
const decodeAuto = memoizeText((text) => decodeWith(text, null, "auto"), 2048);

/** The letters legacy encodings borrow from Latin-1 (detectEncoding's test). */
const LATIN1 = /[\u00a1-\u00ff]/;

const legacyFonts = new Map<string, boolean>();

/**
 * A TCVN3 or VNI font name: the font decides the encoding (see detectEncoding). Any other font
 * decodes a text as no font does.
 */
export function isLegacyFont(font: string): boolean {
  let legacy = legacyFonts.get(font);
  if (legacy === undefined) {
    legacy = isTcvn3Font(font) || isVniFont(font);
    if (legacyFonts.size >= 256) legacyFonts.clear();
    legacyFonts.set(font, legacy);
  }
  return legacy;
}

function decodeWith(text: string, font: string | null, option: "auto" | VietnameseEncoding): string {
  const encoding = option === "auto" ? detectEncoding(text, font) : option;
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(text, font !== null && isTcvn3CapitalsFont(font));
    case "vni":
      return decodeVni(text);
    default:
      return text.normalize("NFC");
  }
}
