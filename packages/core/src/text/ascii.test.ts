import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAsciiWithoutLetter, isAsciiWithoutLowerCase } from "./ascii.js";

/** Mostly ASCII around the class edges (@ A Z [ ` a z {), with some text beyond ASCII. */
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom("@", "A", "Z", "[", "`", "a", "z", "{", "\x7f", "\0", "1", " ", "\x80", "Đ", "ệ"),
  }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme-ascii" }),
);

describe("ASCII classes", () => {
  it("match what their regular expressions match", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isAsciiWithoutLowerCase(t)).toBe(/^[\0-`{-\x7f]*$/.test(t));
        expect(isAsciiWithoutLetter(t)).toBe(/^[\0-@[-`{-\x7f]*$/.test(t));
      }),
      { numRuns: 3000 },
    );
    expect(isAsciiWithoutLowerCase("STT 1.2")).toBe(true);
    expect(isAsciiWithoutLowerCase("Mã")).toBe(false);
    expect(isAsciiWithoutLetter("12/2024")).toBe(true);
    expect(isAsciiWithoutLetter("I")).toBe(false);
    expect(isAsciiWithoutLetter("")).toBe(true);
  });
});
