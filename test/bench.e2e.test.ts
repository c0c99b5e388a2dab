/**
 * The benchmark checks itself (issue 7): `tsx bench/run.ts --quick --json` on a few generated
 * reports and workbooks prints one JSON document of the documented shape, and every path's totals
 * (tonghop's consolidate, ExcelJS) equal the floor's plain sums of the same numbers. No timing is
 * asserted: these machines are noisy, and `pnpm bench` is where times are read. With valgrind
 * installed (required when CI is set) the run is `--instructions` too, and the files row's
 * instruction counts must be there; elsewhere that part is skipped.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { valgrindMissing } from "../bench/instructions.js";
import { underCi } from "./helpers/ci.js";

const root = join(import.meta.dirname, "..");
const valgrind = valgrindMissing() === undefined;
const counting = valgrind || underCi;
const work = mkdtempSync(join(tmpdir(), "tonghop-bench-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Row {
  id: string;
  scenario: string;
  ms?: number;
  cpuMs?: number;
  cpuMsRounds?: number[];
  ratio?: number;
  goal?: string;
  pass?: boolean;
  rssMb?: number;
  value?: string;
}

interface BenchDocument {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  quick: boolean;
  rounds: number;
  rows: Row[];
  checks: { name: string; ok: boolean; problems: string[] }[];
}

describe("pnpm bench --quick --json", () => {
  let run: SpawnSyncReturns<string>;
  let doc: BenchDocument;

  beforeAll(() => {
    run = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        "bench/run.ts",
        "--quick",
        "--json",
        ...(counting ? ["--instructions"] : []),
      ],
      { cwd: root, encoding: "utf8", env: { ...process.env, TONGHOP_BENCH_DIR: work }, timeout: 560_000 },
    );
    doc = JSON.parse(run.stdout || "{}") as BenchDocument;
  }, 600_000);

  it("exits 0 and prints one JSON document", () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it("has the documented shape", () => {
    expect(Number.isNaN(Date.parse(doc.date))).toBe(false);
    expect(doc.machine).toEqual({
      cpus: expect.any(Number),
      memoryGiB: expect.any(Number),
      node: expect.stringMatching(/^v\d+/),
    });
    expect(doc.quick).toBe(true);
    // --quick measures rows 1 and 2 in two rounds: each timed path gives each round's CPU time.
    expect(doc.rounds).toBe(2);
    const timed = doc.rows.filter((r) => r.cpuMs !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(12);
    for (const row of timed) {
      expect(row.cpuMsRounds, row.id).toHaveLength(2);
      const [a, b] = row.cpuMsRounds!;
      expect(row.cpuMs, row.id).toBeCloseTo((a! + b!) / 2, 6);
    }
    const ids = doc.rows.map((r) => r.id);
    for (const id of ["core.floor", "core.hierarchy", "core.noHierarchy", "core.validated"]) {
      expect(ids).toContain(id);
    }
    // Row 3: one row per add-in action, or one "n/a" row where the add-in or Chromium is missing.
    expect(ids.some((id) => id === "addin" || id.startsWith("addin."))).toBe(true);
    for (const count of ids.filter((id) => /^files\.\d+\.floor$/.test(id)).map((id) => id.split(".")[1])) {
      for (const path of ["floorZlib", "exceljs", "tonghop", "speedup"])
        expect(ids).toContain(`files.${count}.${path}`);
    }
    expect(ids.filter((id) => /^files\.\d+\.floor$/.test(id))).toHaveLength(2);
    for (const row of doc.rows) {
      expect(row.scenario).toEqual(expect.any(String));
      // Every row measures something: a time, a ratio, a peak RSS or a counted value.
      expect([row.ms, row.ratio, row.rssMb, row.value].some((v) => v !== undefined)).toBe(true);
      if (row.ms !== undefined) expect(row.ms).toBeGreaterThan(0);
      if (row.goal !== undefined && row.goal !== "info") expect(typeof row.pass).toBe("boolean");
    }
  });

  it("refuses a --rounds that is not a whole number from 1 to 20, before measuring anything", () => {
    const refused = spawnSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "bench/run.ts", "--quick", "--rounds", "0"],
      { cwd: root, encoding: "utf8", env: { ...process.env, TONGHOP_BENCH_DIR: work }, timeout: 60_000 },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--rounds takes a whole number from 1 to 20");
    expect(refused.stdout).toBe("");
  });

  it.skipIf(!counting)(
    "counts the files row in instructions under valgrind (installed when CI is set)",
    () => {
      expect(valgrind, "valgrind is not installed: apt-get install -y valgrind").toBe(true);
      const count = doc.rows.find((r) => /^files\.\d+\.rss$/.test(r.id))!.id.split(".")[1];
      const floor = doc.rows.find((r) => r.id === `instructions.${count}.floorZlib`);
      const ours = doc.rows.find((r) => r.id === `instructions.${count}.tonghop`);
      const millions = (row: Row | undefined) => Number(/^([\d.]+) M$/.exec(row?.value ?? "")?.[1]);
      expect(millions(floor)).toBeGreaterThan(0);
      expect(millions(ours)).toBeGreaterThan(millions(floor));
      expect(ours!.ratio).toBeCloseTo(millions(ours) / millions(floor), 1);
    },
  );

  it("gets the floor's sums on every path: consolidate of reports, of workbooks, and ExcelJS", () => {
    const names = doc.checks.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "core.hierarchy totals = floor sums",
        "core.noHierarchy totals = floor sums",
        "core.validated totals = floor sums",
      ]),
    );
    expect(names.filter((n) => /^files\.\d+ tonghop totals = floor sums$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^files\.\d+ ExcelJS totals = floor sums$/.test(n))).toHaveLength(2);
    for (const check of doc.checks)
      expect({ name: check.name, problems: check.problems }).toEqual({ name: check.name, problems: [] });
  });
});
