import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Hierarchy } from "./hierarchy.js";
import type { UnitInput } from "./unit.js";

/** A random forest: unit i's parent is an earlier unit or none; then the list is shuffled. */
const forestArb = fc
  .array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 40 })
  .chain((parents) => {
    const units: UnitInput[] = parents.map((parent, i) => ({
      code: `U${i}`,
      name: `Đảng ủy ${i}`,
      kind: "Đảng ủy",
      ...(i > 0 && parent !== undefined ? { parent: `U${parent % i}` } : {}),
    }));
    return fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length });
  });

describe("Hierarchy properties", () => {
  it("ancestors, descendants, children and depth agree", () => {
    fc.assert(
      fc.property(forestArb, (units) => {
        expect(Hierarchy.check(units)).toEqual([]);
        const h = Hierarchy.build(units);
        const roots = h.roots();
        expect(roots.every((r) => r.parent === undefined)).toBe(true);
        expect(roots.reduce((n, r) => n + 1 + h.descendants(r.code).length, 0)).toBe(units.length);
        for (const unit of h.units) {
          const ancestors = h.ancestors(unit.code);
          expect(h.depth(unit.code)).toBe(ancestors.length);
          expect(ancestors[0]?.code).toBe(unit.parent);
          expect(roots.map((r) => r.code)).toContain((ancestors.at(-1) ?? unit).code);
          for (const other of h.units) {
            const below = h.descendants(other.code).some((d) => d.code === unit.code);
            const above = ancestors.some((a) => a.code === other.code);
            expect(below).toBe(above);
          }
          expect(h.children(unit.code).every((c) => c.parent === unit.code)).toBe(true);
        }
      }),
    );
  });

  it("finds a duplicated code", () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), (units, pick) => {
        const copy = units[pick % units.length]!;
        const issues = Hierarchy.check([...units, { ...copy, name: "Bản sao" }]);
        expect(issues.map((i) => [i.code, i.unit])).toEqual([["HIERARCHY.DUPLICATE_CODE", copy.code]]);
      }),
    );
  });

  it("finds an unknown parent", () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), (units, pick) => {
        const i = pick % units.length;
        const broken = units.map((u, j) => (j === i ? { ...u, parent: "KHONG_CO" } : u));
        expect(Hierarchy.check(broken).map((x) => [x.code, x.unit])).toEqual([
          ["HIERARCHY.UNKNOWN_PARENT", units[i]!.code],
        ]);
      }),
    );
  });

  it("finds the one cycle made by hanging a unit under itself or one of its descendants", () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), fc.nat(), (units, pickUnit, pickBelow) => {
        const h = Hierarchy.build(units);
        const unit = units[pickUnit % units.length]!;
        const below = [unit, ...h.descendants(unit.code)];
        const target = below[pickBelow % below.length]!;
        const broken = units.map((u) => (u.code === unit.code ? { ...u, parent: target.code } : u));
        const issues = Hierarchy.check(broken);
        expect(issues.map((i) => i.code)).toEqual(["HIERARCHY.CYCLE"]);
        const cycleLength = 1 + h.ancestors(target.code).length - h.ancestors(unit.code).length;
        expect(issues[0]?.message.split(" → ")).toHaveLength(cycleLength + 1);
        expect(issues[0]?.message).toContain(unit.code);
        expect(() => Hierarchy.build(broken)).toThrow(expect.objectContaining({ code: "HIERARCHY.INVALID" }));
      }),
    );
  });
});
