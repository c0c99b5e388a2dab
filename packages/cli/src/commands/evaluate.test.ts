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
  writeFileSync(path, JSON.stringify(json));
  return path;
};

describe("loadTargets", () => {
  it("reads a list of targets, or one under `targets`, checked by core's TargetSchema", async () => {
    expect(await loadTargets(saved(ttm01.targets))).toEqual(ttm01.targets);
    expect(await loadTargets(saved({ targets: ttm01.targets.slice(0, 2) }))).toEqual(
      ttm01.targets.slice(0, 2),
    );
  });

  it("refuses a file without a list of targets instead of evaluating none", async () => {
    await expect(loadTargets(saved({ chiTieu: [] }))).rejects.toBeInstanceOf(CliError);
    await expect(loadTargets(saved([{ id: "T9" }]))).rejects.toThrow(/not valid/);
  });
});
