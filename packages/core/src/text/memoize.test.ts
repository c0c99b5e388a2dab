import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoizeText } from "./memoize.js";

/** A memoised role lookup and the texts it was worked out for. */
function counted(limit: number) {
  const calls: string[] = [];
  const roleOf = memoizeText((text) => {
    calls.push(text);
    return text.startsWith("Mã") ? "code" : undefined;
  }, limit);
  return { roleOf, calls };
}

describe("memoizeText", () => {
  it("remembers every result, undefined too", () => {
    const { roleOf, calls } = counted(4);
    expect(roleOf("Mã")).toBe("code");
    expect(roleOf("XA0001")).toBeUndefined();
    expect(roleOf("XA0001")).toBeUndefined();
    expect(roleOf("Mã")).toBe("code");
    expect(calls).toEqual(["Mã", "XA0001"]);
  });

  it("keeps a text in use while many new texts pass (a header among units' names)", () => {
    const { roleOf, calls } = counted(4);
    for (let i = 0; i < 100; i++) {
      expect(roleOf("Mã")).toBe("code");
      roleOf(`Đảng ủy xã số ${i}`);
    }
    expect(calls.filter((text) => text === "Mã")).toHaveLength(1);
    expect(calls).toHaveLength(101);
  });

  it("remembers a text for half its limit of new texts, and forgets it within its limit", () => {
    const { roleOf, calls } = counted(4);
    roleOf("Mã");
    roleOf("STT");
    roleOf("Chỉ tiêu");
    roleOf("Mã");
    expect(calls).toEqual(["Mã", "STT", "Chỉ tiêu"]);
    for (const text of ["a", "b", "c", "d"]) roleOf(text);
    roleOf("Mã");
    expect(calls.filter((text) => text === "Mã")).toHaveLength(2);
  });

  it("answers as the function does, whatever the texts and the limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Mã", "STT", "Kết quả", "", "XA0001", "Ghi chú", "ĐVT")),
        fc.integer({ min: 1, max: 6 }),
        (texts, limit) => {
          const roleOf = memoizeText((text) => (text === "" ? undefined : `${text}:${text.length}`), limit);
          for (const text of texts)
            expect(roleOf(text)).toBe(text === "" ? undefined : `${text}:${text.length}`);
        },
      ),
    );
  });
});
