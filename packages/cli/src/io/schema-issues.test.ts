import { describe, expect, it } from "vitest";
import { schemaIssuesText, schemaPath } from "./schema-issues.js";

describe("schemaPath", () => {
  it("writes list items by index and keys after dots, the whole file when there is no path", () => {
    expect(schemaPath([0, "measure", "roles", 1]).vi).toBe("[0].measure.roles[1]");
    expect(schemaPath(["targets"]).en).toBe("targets");
    expect(schemaPath([])).toEqual({ vi: "(toàn tệp)", en: "(whole file)" });
  });
});

describe("schemaIssuesText", () => {
  it("says bounds on text, lists and numbers, and keys that are not allowed", () => {
    const text = schemaIssuesText(
      [
        { code: "too_small", path: ["a"], message: "", origin: "string", minimum: 3, inclusive: true },
        { code: "too_small", path: ["b"], message: "", origin: "array", minimum: 1, inclusive: true },
        { code: "too_big", path: ["c"], message: "", origin: "number", maximum: 100, inclusive: true },
        { code: "unrecognized_keys", path: [], message: "", keys: ["x", "y"] },
        { code: "custom", path: ["d"], message: "Bad thing" },
      ],
      {},
    );
    expect(text.vi).toBe(
      [
        "",
        "  - a: cần ít nhất 3 ký tự",
        "  - b: cần ít nhất 1 phần tử",
        "  - c: phải ≤ 100",
        '  - (toàn tệp): có khóa không dùng được: "x", "y"',
        "  - d: không hợp lệ (Bad thing)",
      ].join("\n"),
    );
    expect(text.en).toContain('  - (whole file): has keys that are not allowed: "x", "y"');
  });

  it("lists the first problems and counts the rest", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({
      code: "invalid_type",
      path: [i],
      message: "",
      expected: "object",
    }));
    const text = schemaIssuesText(issues, [1, 2, 3]);
    expect(text.vi.split("\n")).toHaveLength(12);
    expect(text.vi).toContain("\n  - [0]: cần một đối tượng {…}, không phải một số");
    expect(text.vi).toContain("\n  - [5]: thiếu; cần một đối tượng {…}");
    expect(text.vi.endsWith("\n  - … và 2 lỗi khác")).toBe(true);
    expect(text.en.endsWith("\n  - … and 2 more")).toBe(true);
  });
});
