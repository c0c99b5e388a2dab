import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN } from "../xml/scanner.js";
import { builtInNumberFormat } from "./number-formats.js";
import { scan } from "./parts.js";

/** What a cell's style index (`s`) means to tonghop: its number format code and its font name. */
export interface CellStyles {
  readonly numberFormats: readonly string[];
  readonly fonts: readonly (string | null)[];
}

const XF_ATTRIBUTES = ["numFmtId", "fontId"];

/** Reads `numFmts`, `fonts` (name only) and `cellXfs` (numFmtId, fontId) from styles.xml. */
export function readStyles(xml: string | undefined, part: string, file?: string): CellStyles {
  if (xml === undefined) return { numberFormats: ["General"], fonts: [null] };
  const sc = scan(xml, part, file);
  const customFormats = new Map<number, string>();
  const fontNames: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let inFont = false;
  const xfAttributes: (string | undefined)[] = [undefined, undefined];
  while (sc.next()) {
    const name = sc.name;
    const opens = sc.kind === OPEN;
    const closes = sc.kind === CLOSE;
    if (name === "numFmts" || name === "fonts" || name === "cellXfs") {
      section = opens ? name : "";
    } else if (section === "numFmts" && name === "numFmt" && !closes) {
      const id = Number(sc.attr("numFmtId"));
      const code = sc.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) customFormats.set(id, detached(code));
    } else if (section === "fonts" && name === "font") {
      if (opens) {
        inFont = true;
        fontNames.push(null);
      } else if (sc.kind === EMPTY) fontNames.push(null);
      else inFont = false;
    } else if (section === "fonts" && inFont && name === "name" && !closes) {
      const font = sc.attr("val");
      fontNames[fontNames.length - 1] = font === undefined ? null : detached(font);
    } else if (section === "cellXfs" && name === "xf" && !closes) {
      sc.attrs(XF_ATTRIBUTES, xfAttributes);
      xfs.push({ numFmtId: Number(xfAttributes[0] ?? 0), fontId: Number(xfAttributes[1] ?? 0) });
    }
  }
  if (xfs.length === 0) xfs.push({ numFmtId: 0, fontId: 0 });
  return {
    numberFormats: xfs.map((xf) => customFormats.get(xf.numFmtId) ?? builtInNumberFormat(xf.numFmtId)),
    fonts: xfs.map((xf) => fontNames[xf.fontId] ?? null),
  };
}
