import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN } from "../xml/scanner.js";
import { unescapeOoxml, unescapeXml } from "../xml/unescape.js";
import { scan } from "./parts.js";

/**
 * The shared string table, in order. Rich text runs are joined; phonetic guides (`<rPh>`) are not
 * part of the text. Text is kept as stored: no decoding of legacy encodings, no normalisation.
 */
export function readSharedStrings(xml: string | undefined, part: string, file?: string): string[] {
  if (xml === undefined) return [];
  const sc = scan(xml, part, file);
  const out: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let text = "";
  for (;;) {
    if (!inItem && phonetic === 0) sc.moveTo(readPlainItems(xml, sc.position, out));
    if (!sc.next()) break;
    const name = sc.name;
    if (name === "t") {
      if (sc.kind === OPEN && inItem && phonetic === 0) text += sc.text();
    } else if (name === "si") {
      if (sc.kind === OPEN) {
        inItem = true;
        text = "";
      } else if (sc.kind === CLOSE) {
        out.push(detached(unescapeOoxml(text)));
        inItem = false;
      } else if (sc.kind === EMPTY) out.push("");
    } else if (name === "rPh") {
      if (sc.kind === OPEN) phonetic++;
      else if (sc.kind === CLOSE) phonetic--;
    }
  }
  return out;
}

const PRESERVED = '<si><t xml:space="preserve">';

/**
 * Reads, from `from` on, the items written `<si><t>text</t></si>` (or with `xml:space="preserve"`),
 * the shape of nearly every string; it stops at the first item in any other shape (rich text,
 * phonetic guides, CDATA, a comment...) and returns where, for the scanner to read it as it reads
 * any: what it reads gives what the scanner's reading gives.
 */
function readPlainItems(xml: string, from: number, out: string[]): number {
  let pos = from;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) return pos;
    let start: number;
    if (xml.startsWith("<si><t>", lt)) start = lt + 7;
    else if (xml.startsWith(PRESERVED, lt)) start = lt + PRESERVED.length;
    else return lt;
    const end = xml.indexOf("<", start);
    if (end < 0 || !xml.startsWith("</t></si>", end)) return lt;
    out.push(detached(unescapeOoxml(end > start ? unescapeXml(xml.slice(start, end)) : "")));
    pos = end + 9;
  }
}
