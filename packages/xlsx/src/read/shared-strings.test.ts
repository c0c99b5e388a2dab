import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveTarget } from "./parts.js";
import { readSharedStrings } from "./shared-strings.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const X_NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Items as Excel writes them, or with every element prefixed (`x:si`), which only the scanner reads. */
function sst(items: readonly string[], p: string): string {
  const body = items.map((item) => item.replace(/<(\/?)([a-zA-Z])/g, `<$1${p}$2`)).join("");
  return `<?xml version="1.0"?><${p}sst ${p === "" ? NS : X_NS}>${body}</${p}sst>`;
}

const text = fc.constantFrom(
  "Số buổi",
  "",
  "a &amp; b",
  "&#7889;",
  "Dòng 1_x000D_\nDòng 2",
  "_x005F_x000D_",
  "  x  ",
  "&bogus;",
);
const item = fc.oneof(
  text.map((t) => `<si><t>${t}</t></si>`),
  text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
  fc.tuple(text, text).map(([a, b]) => `<si><r><t>${a}</t></r><r><t>${b}</t></r></si>`),
  fc.tuple(text, text).map(([a, b]) => `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`),
  fc.constant("<si/>"),
  fc.constant("<si><t/></si>"),
  fc.constant("<si><t><![CDATA[a < b]]></t></si>"),
);

describe("readSharedStrings", () => {
  it("reads the plain items Excel writes as it reads the same items written any other way", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(readSharedStrings(sst(items, ""), "xl/sharedStrings.xml")).toEqual(
          readSharedStrings(sst(items, "x:"), "xl/sharedStrings.xml"),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("resolveTarget", () => {
  it("joins a plain target to its source's folder as resolving it segment by segment does", () => {
    const segment = fc.constantFrom("worksheets", "sheet1.xml", "a.b", "x y", "theme", ".rels", "..x");
    const source = fc.constantFrom(
      "",
      "xl/workbook.xml",
      "xl/x/workbook.xml",
      "/xl/workbook.xml",
      "workbook.xml",
    );
    fc.assert(
      fc.property(source, fc.array(segment, { minLength: 1, maxLength: 4 }), (from, segments) => {
        const target = segments.join("/");
        expect(resolveTarget(from, target)).toBe(resolveTarget(from, `./${target}`));
      }),
    );
    expect(resolveTarget("xl/workbook.xml", "styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});
