import { createIssue } from "@tonghop/core";
import { describe, expect, it } from "vitest";
import { emptyStore, markedCellCount, marksFromIssues, parseStore } from "./marks.js";

const issue = (cell: string, severity: "error" | "warning" | "info", vi: string, sheet = "Báo cáo") =>
  createIssue({ code: "T", severity, vi, en: `${vi} (en)`, cell, sheet });

describe("marks", () => {
  it("gives each cell one mark: the most severe issue's fill, every message in the note", () => {
    const marks = marksFromIssues(
      [
        issue("D18", "warning", "Cảnh báo"),
        issue("D18", "error", "Lỗi"),
        issue("D25", "info", "Thông tin"),
        issue("D30", "error", "Trang khác", "Trang 2"),
        createIssue({ code: "X", severity: "error", vi: "Không có ô", en: "No cell" }),
      ],
      "Báo cáo",
      "vi",
    );
    expect([...marks.keys()]).toEqual(["D18", "D25"]);
    expect(marks.get("D18")).toEqual({ severity: "error", note: "Cảnh báo\nLỗi" });
    expect(marksFromIssues([issue("D25", "info", "Thông tin")], "Báo cáo", "en").get("D25")?.note).toBe(
      "Thông tin (en)",
    );
  });

  it("reads a store back, and treats anything else as no marks rather than failing", () => {
    const store = {
      version: 1 as const,
      sheets: { "{S}": { name: "Báo cáo", cells: { D18: { fill: { none: true }, note: null } } } },
    };
    expect(parseStore(JSON.stringify(store))).toEqual(store);
    expect(markedCellCount(store)).toBe(1);
    expect(parseStore("{not json")).toEqual(emptyStore());
    expect(parseStore(JSON.stringify({ version: 2 }))).toEqual(emptyStore());
    expect(parseStore(undefined)).toEqual(emptyStore());
  });
});
