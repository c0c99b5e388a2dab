import { describe, expect, it } from "vitest";
import { memoizeText } from "./memoize.js";

describe("memoizeText", () => {
  it("remembers every result, undefined too, and forgets the oldest text past its limit", () => {
    const calls: string[] = [];
    const roleOf = memoizeText((text) => {
      calls.push(text);
      return text.startsWith("Mã") ? "code" : undefined;
    }, 2);
    expect(roleOf("Mã")).toBe("code");
    expect(roleOf("XA0001")).toBeUndefined();
    expect(roleOf("XA0001")).toBeUndefined();
    expect(roleOf("Mã")).toBe("code");
    expect(calls).toEqual(["Mã", "XA0001"]);
    roleOf("STT");
    roleOf("Mã");
    expect(calls).toEqual(["Mã", "XA0001", "STT", "Mã"]);
  });
});
