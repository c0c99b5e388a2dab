import { describe, expect, it } from "vitest";
import { decodeVietnamese, detectEncoding } from "../index.js";
import cases from "./__fixtures__/tcvn3.json" with { type: "json" };

/** Phrases encoded by glibc iconv (see __fixtures__/make-tcvn3-fixture.py), read back as Latin-1. */
const fixture = cases as ReadonlyArray<{ unicode: string; legacy: string; font?: string }>;

describe("TCVN3 against the iconv fixture", () => {
  it.each(fixture.map((c) => [c.unicode, c] as const))("decodes %j", (_, c) => {
    expect(decodeVietnamese(c.legacy, { font: c.font ?? ".VnTime" })).toBe(c.unicode);
  });

  it("detects TCVN3 without a font in every phrase made of words", () => {
    // The letter-by-letter rows have no word with an ASCII letter to judge by.
    const phrases = fixture.filter((c) => c.font === undefined && /[a-z]{2}/i.test(c.legacy));
    expect(phrases.length).toBeGreaterThan(15);
    for (const c of phrases) {
      expect(detectEncoding(c.legacy)).toBe("tcvn3");
      expect(decodeVietnamese(c.legacy)).toBe(c.unicode);
    }
  });

  it("decodes 0xAD (soft hyphen) as ư, not as nothing", () => {
    expect(decodeVietnamese("ng\u00ad\u00eai", { font: ".VnTime" })).toBe("người");
    expect(decodeVietnamese("l\u00ad\u00eet ng\u00ad\u00eai nghe")).toBe("lượt người nghe");
  });

  it("writes a .VnTimeH cell in capitals", () => {
    expect(decodeVietnamese("b\u00b8o c\u00b8o", { font: ".VnTimeH" })).toBe("BÁO CÁO");
    expect(decodeVietnamese("b\u00b8o c\u00b8o", { font: ".VnArialH" })).toBe("BÁO CÁO");
    expect(decodeVietnamese("b\u00b8o c\u00b8o", { font: ".VnTime" })).toBe("báo cáo");
  });

  it("keeps Windows punctuation, which the .VnTime fonts do not replace", () => {
    expect(decodeVietnamese("kinh t\u00d5 \u2013 x\u00b7 h\u00e9i", { font: ".VnTime" })).toBe(
      "kinh tế – xã hội",
    );
  });
});
