import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvByCharacter } from "../../../../test/helpers/csv.js";
import { parseCsvRows } from "./csv.js";

/** The reading parseCsvRows must keep: a character at a time, with the separator given, a leading BOM dropped. */
const oracle = (input: string, separator: string): string[][] =>
  readCsvByCharacter(input.replace(/^\uFEFF/, ""), separator);

/** Texts made of what a CSV reader must tell apart: separators, quotes, line ends, a BOM, Vietnamese letters. */
const csvText = fc
  .array(
    fc.constantFrom("a", "Đ", "ủy", " ", ",", ";", "\t", '"', '""', "\n", "\r", "\r\n", "\uFEFF", "😀"),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

describe("parseCsvRows (property)", () => {
  it("reads every text as a character-at-a-time reader does with one of the three separators", () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const rows = parseCsvRows(text);
        const matching = [",", ";", "\t"].map((separator) => oracle(text, separator));
        expect(matching).toContainEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a header line's separator as the one it uses most", () => {
    fc.assert(
      fc.property(csvText, csvText, (header, body) => {
        const text = `Mã;Tên;Loại,x${header.replace(/[,;\t"\r\n]/g, "")}\n${body}`;
        expect(parseCsvRows(text)).toEqual(oracle(text, ";"));
      }),
      { numRuns: 1000 },
    );
  });
});
