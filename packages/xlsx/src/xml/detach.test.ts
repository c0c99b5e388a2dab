import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detached } from "./detach.js";

describe("detached", () => {
  it("keeps every text as it was: Vietnamese, NFD, unpaired surrogates, long and short", () => {
    for (const text of [
      "",
      "Mã",
      "Đảng ủy xã Tân Lập, tỉnh Lạng Sơn",
      "Đảng ủy xã Tân Lập".normalize("NFD"),
      "a\uD800b and a lone \uDC00 in a long text",
      "x".repeat(10_000),
    ]) {
      expect(detached(text)).toBe(text);
    }
  });

  it("is the identity on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => detached(text) === text));
  });
});
