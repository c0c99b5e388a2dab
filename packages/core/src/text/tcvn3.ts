/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" set of the .VnTime / .VnArial fonts) → Unicode.
 *
 * A cell typed in a .VnTime font holds the Windows-1252 characters of the TCVN3 bytes: "c¸c" for
 * "các". Bytes 0x00–0x7F are ASCII and 0x80–0x9F keep their Windows punctuation in these fonts, so
 * only 0xA1–0xFF carry Vietnamese letters, and there Windows-1252 and Latin-1 agree: the key is
 * the character with the byte's code point. 0xAD (ư) reads as a soft hyphen: it is a letter here.
 *
 * Table generated from glibc iconv (`printf '\xNN' | iconv -f TCVN5712-1 -t UTF-8`), keeping the
 * positions VN3 shares with VN1: the capitals Ă Â Ê Ô Ơ Ư Đ and the lower-case letters. VN1's
 * capitals with tones and combining marks are not in the .VnTime fonts.
 */
const TCVN3_BYTES: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
  [0xb5, "à"],
  [0xb6, "ả"],
  [0xb7, "ã"],
  [0xb8, "á"],
  [0xb9, "ạ"],
  [0xbb, "ằ"],
  [0xbc, "ẳ"],
  [0xbd, "ẵ"],
  [0xbe, "ắ"],
  [0xc6, "ặ"],
  [0xc7, "ầ"],
  [0xc8, "ẩ"],
  [0xc9, "ẫ"],
  [0xca, "ấ"],
  [0xcb, "ậ"],
  [0xcc, "è"],
  [0xce, "ẻ"],
  [0xcf, "ẽ"],
  [0xd0, "é"],
  [0xd1, "ẹ"],
  [0xd2, "ề"],
  [0xd3, "ể"],
  [0xd4, "ễ"],
  [0xd5, "ế"],
  [0xd6, "ệ"],
  [0xd7, "ì"],
  [0xd8, "ỉ"],
  [0xdc, "ĩ"],
  [0xdd, "í"],
  [0xde, "ị"],
  [0xdf, "ò"],
  [0xe1, "ỏ"],
  [0xe2, "õ"],
  [0xe3, "ó"],
  [0xe4, "ọ"],
  [0xe5, "ồ"],
  [0xe6, "ổ"],
  [0xe7, "ỗ"],
  [0xe8, "ố"],
  [0xe9, "ộ"],
  [0xea, "ờ"],
  [0xeb, "ở"],
  [0xec, "ỡ"],
  [0xed, "ớ"],
  [0xee, "ợ"],
  [0xef, "ù"],
  [0xf1, "ủ"],
  [0xf2, "ũ"],
  [0xf3, "ú"],
  [0xf4, "ụ"],
  [0xf5, "ừ"],
  [0xf6, "ử"],
  [0xf7, "ữ"],
  [0xf8, "ứ"],
  [0xf9, "ự"],
  [0xfa, "ỳ"],
  [0xfb, "ỷ"],
  [0xfc, "ỹ"],
  [0xfd, "ý"],
  [0xfe, "ỵ"],
];

const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  TCVN3_BYTES.map(([byte, letter]) => [String.fromCharCode(byte), letter]),
);

/**
 * Decodes TCVN3 text. `capitals`: the text is in a .VnTimeH-style font, whose lower-case positions
 * show capitals (the only way TCVN3 writes a capital with a tone), so the result is upper-cased.
 */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = "";
  for (const char of text) out += TCVN3_TO_UNICODE.get(char) ?? char;
  out = out.normalize("NFC");
  return capitals ? out.toUpperCase() : out;
}
