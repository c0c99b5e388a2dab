import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { collectInputs } from "./collect-inputs.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-walk-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("collectInputs", () => {
  it("walks folders for workbooks (.xls, .xlsb and .ods too, to be named unreadable), sorted, skipping lock files, hidden files and other files", async () => {
    const units = join(dir, "units");
    mkdirSync(join(units, "quy-4"), { recursive: true });
    for (const name of [
      "b.xlsx",
      "a.XLSX",
      "~$a.xlsx",
      ".an.xlsx",
      "ghi-chu.txt",
      "c.xls",
      "c.xlsb",
      "c.ods",
      "c.csv",
      "quy-4/d.xlsm",
    ]) {
      writeFileSync(join(units, name), "x");
    }
    mkdirSync(join(units, ".git"));
    writeFileSync(join(units, ".git", "e.xlsx"), "x");
    expect(collectInputs([units])).toEqual([
      join(units, "a.XLSX"),
      join(units, "b.xlsx"),
      join(units, "c.ods"),
      join(units, "c.xls"),
      join(units, "c.xlsb"),
      join(units, "quy-4/d.xlsm"),
    ]);
  });

  it("follows links that stay inside the folder, never those that lead out of it", async () => {
    const units = join(dir, "units");
    const outside = join(dir, "outside");
    mkdirSync(units);
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.xlsx"), "x");
    writeFileSync(join(units, "a.xlsx"), "x");
    symlinkSync(join(outside, "secret.xlsx"), join(units, "link-out.xlsx"));
    symlinkSync(outside, join(units, "folder-out"));
    symlinkSync(join(units, "a.xlsx"), join(units, "link-in.xlsx"));
    symlinkSync(units, join(units, "loop"));
    expect(collectInputs([units])).toEqual([join(units, "a.xlsx"), join(units, "link-in.xlsx")]);
  });

  it("keeps files named directly, once each, and refuses a path that does not exist", async () => {
    const file = join(dir, "a.xlsx");
    writeFileSync(file, "x");
    expect(collectInputs([file, file])).toEqual([file]);
    expect(() => collectInputs([join(dir, "khong-co")])).toThrow(CliError);
    mkdirSync(join(dir, "empty"));
    expect(() => collectInputs([join(dir, "empty")])).toThrow(/no .xlsx/);
  });
});
