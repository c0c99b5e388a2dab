/**
 * VNI (VNI-Windows, the VNI-Times / VNI-Helve fonts) → Unicode.
 *
 * VNI writes a vowel as its base letter followed by one mark byte (0xC0–0xFF): "aù" = á,
 * "aâ" = â, "aá" = ấ, "aê" = ă, "aé" = ắ; ơ, ư, đ and the toned i's and ỵ are single bytes.
 * A cell in a VNI font holds those bytes as Windows-1252 characters, which for 0xC0–0xFF are the
 * Latin-1 letters below. Capital marks go with capital bases ("AÙ" = Á); either case is accepted.
 */

/** Tone marks, after a e o u y ơ ư (the toned i's are single bytes). */
const TONE: Readonly<Record<string, string>> = {
  ù: "\u0301",
  ø: "\u0300",
  û: "\u0309",
  õ: "\u0303",
  ï: "\u0323",
};
/** Circumflex, with or without a tone, after a e o. */
const CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: "\u0302",
  á: "\u0302\u0301",
  à: "\u0302\u0300",
  å: "\u0302\u0309",
  ã: "\u0302\u0303",
  ä: "\u0302\u0323",
};
/** Breve, with or without a tone, after a. */
const BREVE: Readonly<Record<string, string>> = {
  ê: "\u0306",
  é: "\u0306\u0301",
  è: "\u0306\u0300",
  ú: "\u0306\u0309",
  ü: "\u0306\u0303",
  ë: "\u0306\u0323",
};
/** Letters VNI writes as one byte. */
const SINGLE: Readonly<Record<string, string>> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

function caseLike(letter: string, model: string): string {
  return model === model.toLowerCase() ? letter : letter.toUpperCase();
}

/** The combining marks a VNI mark byte adds to this base letter, or undefined when it is no mark there. */
function marksAfter(base: string, mark: string): string | undefined {
  const b = base.toLowerCase();
  const m = mark.toLowerCase();
  if (b === "a" && BREVE[m] !== undefined) return BREVE[m];
  if ((b === "a" || b === "e" || b === "o") && CIRCUMFLEX[m] !== undefined) return CIRCUMFLEX[m];
  if ("aeouyơư".includes(b) && TONE[m] !== undefined) return TONE[m];
  return undefined;
}

/** Decodes VNI text to NFC Unicode. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const lower = char.toLowerCase();
    // ô and ö are ơ and ư, which may take a tone of their own.
    const base = lower === "ô" || lower === "ö" ? caseLike(SINGLE[lower]!, char) : char;
    const next = chars[i + 1];
    const marks = /^[a-zA-ZơưƠƯ]$/.test(base) && next !== undefined ? marksAfter(base, next) : undefined;
    if (marks !== undefined) {
      out += base + marks;
      i++;
    } else {
      const single = SINGLE[lower];
      out += single === undefined ? char : caseLike(single, char);
    }
  }
  return out.normalize("NFC");
}
