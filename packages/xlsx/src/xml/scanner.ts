import { detached } from "./detach.js";
import { unescapeXml } from "./unescape.js";

/** Kinds of tag {@link XmlScanner.next} stops at. */
export const OPEN = 1;
export const CLOSE = 2;
/** A self-closing tag, `<c r="A1"/>`. */
export const EMPTY = 3;

/**
 * A small pull scanner over an XML document held in a string: it stops at each element tag and
 * leaves text to be read on request. It knows what spreadsheet parts use (elements, attributes,
 * text, CDATA, comments, processing instructions) and nothing more: any `<!DOCTYPE`, `<!ENTITY` or
 * other declaration makes it call `refuse`, so no entity is ever declared, let alone expanded.
 * Names are local names (`x:row` is `row`), as writers differ in namespace prefixes.
 * It works with `indexOf` from tag to tag: the cost is one pass over the document.
 */
export class XmlScanner {
  /** OPEN, CLOSE or EMPTY. */
  kind = 0;
  /** Local name of the current tag. */
  name = "";
  private pos = 0;
  private attrFrom = 0;
  private attrTo = 0;

  constructor(
    private readonly xml: string,
    private readonly refuse: () => never,
  ) {}

  /** Moves to the next tag; false at the end of the document. */
  next(): boolean {
    const xml = this.xml;
    const length = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = length;
        return false;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = after(xml, "?>", lt + 2);
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = after(xml, "-->", lt + 4);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = after(xml, "]]>", lt + 9);
        else this.refuse();
        continue;
      }
      if (c === 47 /* / */) {
        const gt = xml.indexOf(">", lt + 2);
        const end = gt < 0 ? length : gt;
        this.name = localName(xml, lt + 2, end);
        this.kind = CLOSE;
        this.pos = end + 1;
        return true;
      }
      let i = lt + 1;
      while (i < length) {
        const ch = xml.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch <= 32) break;
        i++;
      }
      this.name = localName(xml, lt + 1, i);
      this.attrFrom = i;
      // Attribute values may hold `>` (a number format `[>=1000]0`): only a `>` outside quotes ends the tag.
      let quote = 0;
      for (; i < length; i++) {
        const ch = xml.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      const selfClosing = xml.charCodeAt(i - 1) === 47;
      this.attrTo = selfClosing ? i - 1 : i;
      this.kind = selfClosing ? EMPTY : OPEN;
      this.pos = i + 1;
      return true;
    }
  }

  /** An attribute of the current tag by local name (`r:id` is `id`), unescaped. */
  attr(name: string): string | undefined {
    ONE_NAME[0] = name;
    this.attrs(ONE_NAME, ONE_VALUE);
    const value = ONE_VALUE[0];
    ONE_VALUE[0] = undefined;
    return value;
  }

  /**
   * Several attributes in one pass over the tag: `out[k]` gets the value of `names[k]` or
   * undefined. Only the values asked for are sliced: on the hot path (`<c r="A1" s="3" t="s">`)
   * nothing else is allocated.
   */
  attrs(names: readonly string[], out: (string | undefined)[]): void {
    out.fill(undefined);
    const xml = this.xml;
    const end = this.attrTo;
    let i = this.attrFrom;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      let nameStart = i;
      while (i < end) {
        const ch = xml.charCodeAt(i);
        if (ch === 61 /* = */ || ch <= 32) break;
        if (ch === 58 /* : */) nameStart = i + 1;
        i++;
      }
      const nameLength = i - nameStart;
      while (i < end && xml.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0 || close > end) return;
      const declaresNamespace = xml.startsWith("xmlns", nameStart) || xml.startsWith("xmlns:", nameStart - 6);
      if (!declaresNamespace) {
        for (let k = 0; k < names.length; k++) {
          const name = names[k]!;
          if (nameLength === name.length && out[k] === undefined && xml.startsWith(name, nameStart)) {
            out[k] = unescapeXml(xml.slice(i + 1, close));
            break;
          }
        }
      }
      i = close + 1;
    }
  }

  /** The index the next tag is searched from: just past the tag last read. */
  get position(): number {
    return this.pos;
  }

  /**
   * Moves past tags the caller read itself (a hot path's own parse). The caller must stop at any
   * `<!` or `<?`, so that declarations still reach `next` and are refused.
   */
  moveTo(at: number): void {
    this.pos = at;
  }

  /**
   * Steps over `literal` (a tag written exactly so) when it comes next, and says whether it did:
   * a shortcut for the common shapes on the hot path. What it steps over is not seen by `next`.
   */
  skip(literal: string): boolean {
    if (!this.xml.startsWith(literal, this.pos)) return false;
    this.pos += literal.length;
    return true;
  }

  /** The text after the current opening tag up to the next tag, unescaped (CDATA and comments handled). */
  text(): string {
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.pos) out += unescapeXml(xml.slice(this.pos, end));
      this.pos = end;
      if (xml.charCodeAt(end + 1) !== 33 /* ! */) return out;
      if (xml.startsWith("<![CDATA[", end)) {
        const close = xml.indexOf("]]>", end + 9);
        const stop = close < 0 ? xml.length : close;
        out += xml.slice(end + 9, stop);
        this.pos = close < 0 ? stop : close + 3;
      } else if (xml.startsWith("<!--", end)) {
        this.pos = after(xml, "-->", end + 4);
      } else {
        return out;
      }
    }
  }
}

/** The name and value lists of {@link XmlScanner.attr}: one pair for every call, as scanning is synchronous. */
const ONE_NAME = [""];
const ONE_VALUE: (string | undefined)[] = [undefined];

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

/**
 * Names read, by a hash of their length and characters: a document has few distinct tag names,
 * and slicing the name of every tag was an allocation per tag. Kept detached, so that no
 * document stays alive through a name.
 */
const NAMES: string[] = new Array<string>(512).fill("");

function localName(xml: string, start: number, end: number): string {
  let from = start;
  let hash = 0;
  let plain = true;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 58 /* : */) {
      from = i + 1;
      hash = 0;
    } else {
      hash = (hash * 31 + ch) | 0;
      // Letters, digits, `_`, `-` and `.`: nothing trim() would remove.
      if (!((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 45 && ch <= 57) || ch === 95))
        plain = false;
    }
  }
  if (!plain || from === end) return xml.slice(from, end).trim();
  const slot = (hash ^ (end - from)) & 511;
  const known = NAMES[slot]!;
  if (known.length === end - from && xml.startsWith(known, from)) return known;
  const name = detached(xml.slice(from, end));
  NAMES[slot] = name;
  return name;
}
