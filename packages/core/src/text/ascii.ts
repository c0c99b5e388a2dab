/**
 * Character classes of plain ASCII, tested by a loop. Each was a regular expression tested on
 * every cell a sheet's reader looks at, and calling into the regular-expression engine cost more
 * than scanning a cell's few characters.
 */

/** Plain ASCII without a lower-case letter: what `/^[\0-`{-\x7f]*$/` matches. */
export function isAsciiWithoutLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch > 0x7f || (ch >= 0x61 && ch <= 0x7a)) return false;
  }
  return true;
}

/** Plain ASCII without a letter: what `/^[\0-@[-`{-\x7f]*$/` matches. */
export function isAsciiWithoutLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch > 0x7f || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a)) return false;
  }
  return true;
}
