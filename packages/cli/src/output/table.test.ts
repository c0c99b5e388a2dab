import { describe, expect, it } from "vitest";
import { table, textWidth } from "./table.js";

describe("table", () => {
  it("measures Vietnamese text by what a terminal shows, composed or decomposed", () => {
    expect(textWidth("Lạng Sơn")).toBe(8);
    expect(textWidth("Lạng Sơn".normalize("NFD"))).toBe(8);
  });

  it("aligns columns, numbers to the right", () => {
    const text = table(
      ["Mã", "Kết quả"],
      [
        ["BUOI", "12.196"],
        ["BT_CUON_TB", "510"],
      ],
      [1],
    );
    expect(text.split("\n")).toEqual([
      "Mã          Kết quả",
      "──────────  ───────",
      "BUOI         12.196",
      "BT_CUON_TB      510",
    ]);
  });
});
