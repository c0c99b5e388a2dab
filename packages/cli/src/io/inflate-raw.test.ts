import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflateRaw } from "./inflate-raw.js";

const MB = 1024 * 1024;
const sheetXml = `<worksheet><sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(2000)}</sheetData></worksheet>`;
const sheet = new TextEncoder().encode(sheetXml);

describe("inflateRaw (node:zlib) for the workbook reader", () => {
  it("gives the part's bytes whatever size its header declares", () => {
    const compressed = deflateRawSync(sheet);
    for (const declared of [sheet.length, 0, 10, sheet.length * 3]) {
      expect(new TextDecoder().decode(inflateRaw(compressed, 100 * MB, declared))).toBe(sheetXml);
    }
    expect(inflateRaw(deflateRawSync(new Uint8Array(0)), 0, 0)).toHaveLength(0);
    expect(inflateRaw(compressed, sheet.length, sheet.length)).toHaveLength(sheet.length);
  });

  it("stops at the bound: a bomb gives undefined, allocating about the bound and not what it would inflate to", () => {
    const bomb = deflateRawSync(Buffer.alloc(64 * MB, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(MB);
    const before = process.memoryUsage().arrayBuffers;
    expect(inflateRaw(bomb, MB, 1000)).toBeUndefined();
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * MB);
    expect(inflateRaw(deflateRawSync(sheet), sheet.length - 1, sheet.length)).toBeUndefined();
  });

  it("throws on damaged or truncated data", () => {
    const compressed = deflateRawSync(sheet);
    const damaged = Uint8Array.from(compressed);
    damaged.fill(0xff, 10, 40);
    expect(() => inflateRaw(damaged, 100 * MB, sheet.length)).toThrow();
    expect(() =>
      inflateRaw(compressed.subarray(0, compressed.length >> 1), 100 * MB, sheet.length),
    ).toThrow();
  });
});
