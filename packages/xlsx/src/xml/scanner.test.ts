import { describe, expect, it } from "vitest";
import { CLOSE, EMPTY, OPEN, XmlScanner } from "./scanner.js";
import { unescapeOoxml, unescapeXml } from "./unescape.js";

const refuse = (): never => {
  throw new Error("refused");
};

function tags(xml: string): string[] {
  const sc = new XmlScanner(xml, refuse);
  const out: string[] = [];
  while (sc.next()) out.push(`${sc.kind === OPEN ? "+" : sc.kind === CLOSE ? "-" : "="}${sc.name}`);
  return out;
}

describe("XmlScanner", () => {
  it("walks tags with local names, skipping the declaration, comments and processing instructions", () => {
    expect(tags(`<?xml version="1.0"?><!-- <c/> --><x:a xmlns:x="u"><x:b/><?pi x?><c></c></x:a>`)).toEqual([
      "+a",
      "=b",
      "+c",
      "-c",
      "-a",
    ]);
  });

  it("gives the same names whatever it has seen before: long, prefixed, spaced or colliding ones", () => {
    const xml =
      `<x:conditionalFormatting><conditionalFormatting/></x:conditionalFormatting ><ab/><ba/><a-b.c_1/>` +
      `<row\u00a0/><y:/><t\u2028>`;
    expect(tags(xml)).toEqual([
      "+conditionalFormatting",
      "=conditionalFormatting",
      "-conditionalFormatting",
      "=ab",
      "=ba",
      "=a-b.c_1",
      "=row",
      "=",
      "+t",
    ]);
    expect(tags(xml)).toEqual(tags(xml));
    const names = Array.from({ length: 600 }, (_, i) => `n${i.toString(36)}`);
    const sc = new XmlScanner(names.map((n) => `<${n}/>`).join(""), refuse);
    for (const name of names) {
      sc.next();
      expect(sc.name).toBe(name);
    }
  });

  it("reads attributes by local name, quoted either way, with `>` and `/` inside values", () => {
    const sc = new XmlScanner(
      `<numFmt numFmtId='164' formatCode="[&gt;=1000]#,##0;[>5]0/0" r:id="rId1" xmlns:r="u"/>`,
      refuse,
    );
    sc.next();
    expect(sc.kind).toBe(EMPTY);
    expect(sc.attr("numFmtId")).toBe("164");
    expect(sc.attr("formatCode")).toBe("[>=1000]#,##0;[>5]0/0");
    expect(sc.attr("id")).toBe("rId1");
    expect(sc.attr("r")).toBeUndefined();
    expect(sc.next()).toBe(false);
  });

  it("reads text with entities and CDATA", () => {
    const sc = new XmlScanner(`<t>a &amp; <![CDATA[<b> & c]]> d<!-- x --> e</t>`, refuse);
    sc.next();
    expect(sc.text()).toBe("a & <b> & c d e");
    sc.next();
    expect(sc.kind).toBe(CLOSE);
  });

  it.each([`<!DOCTYPE x><x/>`, `<x/><!ENTITY a "b">`, `<!doctype x><x/>`, `<!ELEMENT x ANY><x/>`])(
    "refuses %s",
    (xml) => {
      expect(() => tags(xml)).toThrow("refused");
    },
  );
});

describe("unescape", () => {
  it("expands only the five entities and character references", () => {
    expect(unescapeXml("&lt;&gt;&amp;&quot;&apos;&#7901;&#x1ED3;&foo;&#xD800;&#x110000;")).toBe(
      `<>&"'ờồ&foo;&#xD800;&#x110000;`,
    );
    expect(unescapeXml("&amp;lt;")).toBe("&lt;");
  });

  it("decodes OOXML's _xHHHH_ escapes", () => {
    expect(unescapeOoxml("a_x000D_b _x005F_x0041_ _x00")).toBe("a\rb _x0041_ _x00");
  });
});
