/**
 * pnpm bench [--quick] [--json] [--instructions] [--rounds N]: tonghop against the floor and
 * against what users would use instead (issue 7). Generates its inputs (deterministic), runs each
 * measurement in its own child process (time and peak RSS of its own), and prints one table, or
 * with --json one JSON document. Ratios are of CPU time (all threads of the measuring process):
 * the machines are shared and noisy, and CPU time is what the other sessions' load changes least;
 * wall time is shown too.
 * --rounds N (default 3; 2 with --quick): every path of rows 1 and 2 is measured N times, once a
 * round, the paths in turn (bench/result.ts); each time is the median of its rounds, each peak RSS the
 * highest round's. One round the host slowed then moves no ratio.
 * --quick: small sizes, for a sanity run and the end-to-end test of the benchmark itself.
 * --instructions: the files row also counted in instructions under valgrind (bench/instructions.ts),
 * which the host's load moves far less than CPU time; a few minutes more, and valgrind must be
 * installed.
 */
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runAddin } from "./addin.js";
import { cacheDir, isGenerated, stampGenerated, writeHierarchy } from "./cache.js";
import { valgrindMissing, workbookInstructions } from "./instructions.js";
import { differences, inRounds, type RoundsResult, type ScenarioResult } from "./result.js";
import { type Row, renderTable } from "./table.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const json = args.has("--json");
const instructions = args.has("--instructions");

/** The --rounds value: a whole number from 1 to 20, else undefined (the default) or NaN (refused). */
function roundsArgument(argv: readonly string[]): number | undefined {
  const at = argv.findIndex((a) => a === "--rounds" || a.startsWith("--rounds="));
  if (at < 0) return undefined;
  const text = argv[at]!.includes("=") ? argv[at]!.slice("--rounds=".length) : argv[at + 1];
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 20 ? n : Number.NaN;
}
const roundsGiven = roundsArgument(process.argv.slice(2));

const sizes = quick
  ? {
      core: 200,
      coreRuns: 2,
      national: 12,
      province: 6,
      provinceRuns: 1,
      nationalRuns: 1,
      addinSmall: 50,
      addinLarge: 200,
      rounds: 2,
    }
  : {
      core: 10_000,
      coreRuns: 20,
      national: 3321,
      province: 100,
      provinceRuns: 3,
      nationalRuns: 1,
      addinSmall: 50,
      addinLarge: 5000,
      rounds: 3,
    };

const log = (text: string) => {
  if (!json || process.stderr.isTTY) process.stderr.write(`${text}\n`);
};

/** Where the benchmark keeps its inputs: TONGHOP_BENCH_DIR, else .tmp/bench. */
const workDir = process.env.TONGHOP_BENCH_DIR ?? join(root, ".tmp", "bench");
/** The bundle stays inside the repository, where Node finds the root's exceljs. */
const bundle = join(root, ".tmp", "bench-bundle", "child.cjs");

/**
 * Bundles bench/child.ts with core, xlsx and the CLI's io taken from source (bench/tsconfig.json),
 * so that each measurement runs in plain node as the built CLI does: no TypeScript loader in its
 * time or its memory. ExcelJS stays external (the root's copy, the version @tonghop/xlsx uses).
 * The target is the one core and xlsx are built for (es2022), the code the CLI runs: for a
 * "node20" target esbuild rewrites each regular expression literal with a \p{…} class into a
 * `new RegExp(…)` built again at every call (foldDiacritics, the title reader), which the
 * shipped packages never do.
 */
async function buildChild(): Promise<void> {
  const { build } = await import("tsup");
  await build({
    entry: { child: join(here, "child.ts") },
    outDir: dirname(bundle),
    format: ["cjs"],
    platform: "node",
    target: "es2022",
    tsconfig: join(here, "tsconfig.json"),
    noExternal: [/^(?!exceljs$)/],
    external: ["exceljs"],
    outExtension: () => ({ js: ".cjs" }),
    dts: false,
    sourcemap: false,
    clean: true,
    silent: true,
  });
}

/** Runs the bundled child in a fresh Node process; resolves to the JSON it prints. */
function child(childArgs: readonly string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bundle, ...childArgs], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`bench/child.ts ${childArgs.join(" ")} exited with ${code}`));
      else resolve(JSON.parse(line));
    });
  });
}

const measure = (childArgs: readonly string[]) => child(childArgs) as Promise<ScenarioResult>;

const rounds = roundsGiven ?? sizes.rounds;
const roundLabel = (round: number) => (rounds === 1 ? "" : `, round ${round + 1} of ${rounds}`);

/** Generates the workbooks once (two processes, one per core) into the cache. */
async function ensureWorkbooks(dir: string, count: number): Promise<void> {
  if (await isGenerated(dir, count)) return;
  log(`Generating ${count} unit workbooks into ${dir} (once)…`);
  const half = Math.ceil(count / 2);
  await Promise.all([
    child(["generate", dir, "0", String(half)]),
    child(["generate", dir, String(half), String(count)]),
  ]);
  await stampGenerated(dir, count);
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** A measured path's columns of the table: the medians of its rounds' times, the highest peak RSS, each round's CPU time. */
const timesOf = (r: RoundsResult) => ({
  ms: r.ms,
  cpuMs: r.cpuMs,
  rssMb: r.rssMb,
  cpuMsRounds: r.cpuMsRounds,
});

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

async function main(): Promise<void> {
  if (Number.isNaN(rounds)) {
    process.stderr.write("--rounds takes a whole number from 1 to 20, e.g. --rounds 5\n");
    process.exitCode = 2;
    return;
  }
  const missing = instructions ? valgrindMissing() : undefined;
  if (missing !== undefined) {
    process.stderr.write(`${missing}\n`);
    process.exitCode = 2;
    return;
  }
  await buildChild();
  const rows: Row[] = [];
  const checks: Check[] = [];
  const check = (name: string, problems: readonly string[]) =>
    checks.push({ name, ok: problems.length === 0, problems });

  // 1. core
  const n = sizes.core;
  const variants = [
    ["hierarchy", "consolidate, flat hierarchy, validateInputs: false (the goal row)", "≤ 3× floor"],
    ["noHierarchy", "consolidate, no hierarchy, validateInputs: false", "≤ 3× floor"],
    ["validated", "consolidate, flat hierarchy, validating each input (default)", "info"],
  ] as const;
  const core = await inRounds(
    ["floor", ...variants.map(([variant]) => variant)],
    rounds,
    (variant, round) => {
      log(`core: ${fmt(n)} reports, ${variant}${roundLabel(round)}…`);
      return measure(["core", variant, String(n), String(sizes.coreRuns)]);
    },
  );
  const floor = core.floor;
  rows.push({
    id: "core.floor",
    scenario: `1 core ${fmt(n)} units: floor, Float64Array sum`,
    ...timesOf(floor),
  });
  check("core.floor sums = generated numbers", floor.notes);
  for (const [variant, label, goal] of variants) {
    const r = core[variant];
    const ratio = r.cpuMs / floor.cpuMs;
    rows.push({
      id: `core.${variant}`,
      scenario: `1 core ${fmt(n)} units: ${label}`,
      ...timesOf(r),
      ratio,
      goal,
      ...(goal === "info" ? {} : { pass: ratio <= 3 }),
    });
    check(`core.${variant} totals = floor sums`, [...differences(floor.totals, r.totals), ...r.notes]);
  }

  // 2. files
  const dir = cacheDir(workDir);
  await ensureWorkbooks(dir, Math.max(sizes.national, sizes.province));
  for (const [count, hierarchyRoot, runs] of [
    [sizes.national, "TW", sizes.nationalRuns],
    [sizes.province, "P01", sizes.provinceRuns],
  ] as const) {
    const hierarchy = await writeHierarchy(dir, hierarchyRoot, count);
    // The floor with each inflater; the cheaper is the floor every ratio is taken against.
    const paths = await inRounds(["floor", "floorZlib", "exceljs", "tonghop"], rounds, (path, round) => {
      log(`files: ${fmt(count)} workbooks, ${path}${roundLabel(round)}…`);
      return measure(["files", path, dir, String(count), String(runs), hierarchy, hierarchyRoot]);
    });
    const { floor: fflate, floorZlib: native, exceljs: excel, tonghop: ours } = paths;
    const base = native.cpuMs < fflate.cpuMs ? native : fflate;
    const label = `2 files ${fmt(count)} workbooks`;
    rows.push(
      {
        id: `files.${count}.floor`,
        scenario: `${label}: floor, fflate unzip + scan of <v>`,
        ...timesOf(fflate),
        ratio: fflate.cpuMs / base.cpuMs,
      },
      {
        id: `files.${count}.floorZlib`,
        scenario: `${label}: floor, node:zlib unzip + scan of <v>`,
        ...timesOf(native),
        ratio: native.cpuMs / base.cpuMs,
      },
      {
        id: `files.${count}.exceljs`,
        scenario: `${label}: ExcelJS load, every cell read`,
        ...timesOf(excel),
        ratio: excel.cpuMs / base.cpuMs,
      },
      {
        id: `files.${count}.tonghop`,
        scenario: `${label}: tonghop, CLI path (read + validate + consolidate)`,
        ...timesOf(ours),
        ratio: ours.cpuMs / base.cpuMs,
        goal: "≤ 1.5× floor",
        pass: ours.cpuMs / base.cpuMs <= 1.5,
      },
      {
        id: `files.${count}.speedup`,
        scenario: `${label}: tonghop speed-up over ExcelJS`,
        ratio: excel.cpuMs / ours.cpuMs,
        goal: "≥ 5× faster",
        pass: excel.cpuMs / ours.cpuMs >= 5,
      },
    );
    if (hierarchyRoot === "TW") {
      rows.push({
        id: `files.${count}.rss`,
        scenario: `${label}: tonghop peak RSS`,
        goal: "≤ 300 MB",
        pass: ours.rssMb <= 300,
        rssMb: ours.rssMb,
      });
    }
    if (instructions && hierarchyRoot === "TW") {
      log(`files: ${fmt(count)} workbooks counted in instructions under valgrind (minutes)…`);
      const counted = await workbookInstructions(
        root,
        bundle,
        (path, n) => ["files", path, dir, String(n), "1", hierarchy, hierarchyRoot],
        count,
      );
      const millions = (n: number) => `${(n / 1e6).toFixed(2)} M`;
      rows.push(
        {
          id: `instructions.${count}.floorZlib`,
          scenario: `${label}: instructions a workbook (callgrind), floor with node:zlib`,
          value: millions(counted.floor),
        },
        {
          id: `instructions.${count}.tonghop`,
          scenario: `${label}: instructions a workbook (callgrind), tonghop`,
          value: millions(counted.tonghop),
          ratio: counted.tonghop / counted.floor,
          goal: "info",
        },
      );
    }
    check(`files.${count} floor sums = generated numbers`, [...fflate.notes, ...native.notes]);
    check(`files.${count} ExcelJS totals = floor sums`, differences(base.totals, excel.totals));
    check(`files.${count} tonghop totals = floor sums`, [
      ...differences(base.totals, ours.totals),
      ...ours.notes,
    ]);
  }

  // 3. add-in
  log("add-in: every action on the test host…");
  rows.push(...(await runAddin(sizes.addinSmall, sizes.addinLarge)));

  if (json) {
    const document = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      quick,
      rounds,
      rows,
      checks,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderTable(rows)}\n`);
    process.stdout.write(
      `Rows 1 and 2: ${rounds === 1 ? "one round" : `the median of ${rounds} rounds`} (CPU ms of each round in --json).\n`,
    );
    for (const c of checks)
      process.stdout.write(
        `${c.ok ? "ok  " : "FAIL"} ${c.name}${c.ok ? "" : `: ${c.problems.join("; ")}`}\n`,
      );
  }
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

await main();
