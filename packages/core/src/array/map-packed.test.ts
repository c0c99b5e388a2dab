import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapPacked } from "./map-packed.js";

describe("mapPacked", () => {
  it("maps as Array.prototype.map does, index included", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (items) => {
        expect(mapPacked(items, (item, i) => item * 2 + i)).toEqual(items.map((item, i) => item * 2 + i));
      }),
    );
  });

  it("gives an array without holes, even for no items", () => {
    const mapped = mapPacked(["BUOI_BCV", "BUOI_TTVCC"], (code) => code.length);
    expect(mapped).toEqual([8, 10]);
    expect(Object.keys(mapped)).toEqual(["0", "1"]);
    expect(mapPacked([], () => 1)).toEqual([]);
  });
});
