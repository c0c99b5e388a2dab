import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "./csv.js";

/** RFC 4180 read a character at a time, with the separator given: the reading parseCsvRows must keep. */
function oracle(input: string, separator: string): string[][] {
  const text = input.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

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
