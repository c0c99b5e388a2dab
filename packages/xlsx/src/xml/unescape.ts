const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Replaces the five predefined XML entities and numeric character references. Nothing else is
 * expanded: any other `&name;` stays as it is written (a workbook never declares entities, and one
 * that tries is refused before its text is read).
 */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
    const code =
      body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * OOXML's own escape for characters XML cannot hold (ST_Xstring): Excel writes a carriage return
 * in a cell as `_x000D_` and a literal `_x000D_` as `_x005F_x000D_`. Applied to cell text only.
 */
export function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
