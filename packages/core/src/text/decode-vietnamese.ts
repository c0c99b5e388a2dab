import { detectEncoding, isTcvn3CapitalsFont, type VietnameseEncoding } from "./detect-encoding.js";
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
  const encoding =
    options.encoding === undefined || options.encoding === "auto"
      ? detectEncoding(text, options.font)
      : options.encoding;
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(text, options.font != null && isTcvn3CapitalsFont(options.font));
    case "vni":
      return decodeVni(text);
    default:
      return text.normalize("NFC");
  }
}
