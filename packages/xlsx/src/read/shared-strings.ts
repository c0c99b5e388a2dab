import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN } from "../xml/scanner.js";
import { unescapeOoxml } from "../xml/unescape.js";
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
  while (sc.next()) {
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
