import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ttm01 } from "@tonghop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { loadTargets } from "./evaluate.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-targets-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const saved = (json: unknown) => {
  const path = join(dir, "targets.json");
  writeFileSync(path, typeof json === "string" ? json : JSON.stringify(json));
  return path;
};

function refusal(path: string): CliError {
  try {
    loadTargets(path);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("loadTargets", () => {
  it("reads a list of targets, or one under `targets`, checked by core's TargetSchema", () => {
    expect(loadTargets(saved(ttm01.targets))).toEqual(ttm01.targets);
    expect(loadTargets(saved({ targets: ttm01.targets.slice(0, 2) }))).toEqual(ttm01.targets.slice(0, 2));
  });

  it("refuses a file without a list of targets instead of evaluating none", () => {
    const path = saved({ chiTieu: [] });
    expect(refusal(path).text.vi).toBe(
      `Tệp chỉ tiêu "${path}" không đúng cấu trúc:\n  - (toàn tệp): thiếu; cần một mảng […]\nHãy sửa theo mẫu trong README (id, label {vi, en}, measure).`,
    );
  });

  it("says where each problem is and what is expected there, in Vietnamese and in English", () => {
    const path = saved([
      { id: "T9" },
      {
        id: "",
        label: { vi: "Buổi", en: 5 },
        measure: { kind: "count", actual: { op: "x" }, goal: 0 },
      },
      { id: "T8", label: { vi: "a", en: "a" }, measure: { kind: "nam" } },
    ]);
    const { text } = refusal(path);
    expect(text.vi).toBe(
      [
        `Tệp chỉ tiêu "${path}" không đúng cấu trúc:`,
        "  - [0].label: thiếu; cần một đối tượng {…}",
        "  - [0].measure: thiếu; cần một đối tượng {…}",
        "  - [1].id: không được để trống",
        "  - [1].label.en: cần một chuỗi chữ (trong dấu nháy kép), không phải một số",
        '  - [1].measure.actual: giá trị {"op":"x"} không hợp lệ; cần một số hoặc một chuỗi chữ (trong dấu nháy kép) hoặc một mảng […]',
        "  - [1].measure.goal: phải > 0",
        '  - [2].measure.kind: giá trị "nam" không hợp lệ; cần một trong: "count", "frequency", "perCapita", "rate", "perPerson"',
        "Hãy sửa theo mẫu trong README (id, label {vi, en}, measure).",
      ].join("\n"),
    );
    expect(text.en).toContain("  - [1].label.en: expected a string (in double quotes), not a number\n");
    expect(text.en).toContain("  - [0].label: missing; expected an object {…}\n");
    expect(text.en).toContain("  - [1].measure.goal: must be > 0\n");
    expect(`${text.vi}${text.en}`).not.toMatch(/Invalid input|Too small|received/);
  });

  it("says a file that is not JSON is not, in the language asked for", () => {
    const { text } = refusal(saved("[{"));
    expect(text.vi).toMatch(/^Không đọc được tệp chỉ tiêu ".*targets\.json": không phải JSON hợp lệ \(/);
    expect(text.en).toMatch(/^Cannot read the targets file ".*targets\.json": not valid JSON \(/);
  });
});
