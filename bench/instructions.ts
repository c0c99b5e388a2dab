/**
 * `pnpm bench --instructions`: the files row counted in instructions under valgrind's callgrind,
 * which the host's load moves far less than CPU time (that moves by a third from run to run on
 * these machines). Each path runs in plain node with `--single-threaded`, so that V8 compiles on
 * the main thread at the same points in every run. Two counts of the same code still differ by
 * 0.02–1.3 %, as V8's collector sizes the heap by the clock; `--predictable-gc-schedule` fixes
 * that (0.03–0.4 % apart), but the run then counts a fifth more instructions, so it is for
 * comparing two builds by hand, and these rows keep V8's own schedule. Each path is counted over N
 * workbooks and over one, and the difference, over the workbooks read in between, leaves the
 * process's start out. Instructions are not time: they say where the work is, not that a goal is met.
 */
import { spawn, spawnSync } from "node:child_process";
import { WARM_UP_FILES } from "./measure.js";

/** Why the count cannot run here, or undefined when valgrind answers. */
export function valgrindMissing(): string | undefined {
  const probe = spawnSync("valgrind", ["--version"], { encoding: "utf8" });
  if (probe.error === undefined && probe.status === 0) return undefined;
  return "valgrind is not installed: install it (Debian: apt-get install valgrind) or leave out --instructions.";
}

const COLLECTED = /==\d+== Collected : (\d+)/;

/** Instructions of one run of the bench child with `childArgs`, the process's start included. */
function instructionsOf(root: string, bundle: string, childArgs: readonly string[]): Promise<number> {
  const args = [
    "--tool=callgrind",
    // V8 writes and then runs its compiled code: valgrind must see code written at run time.
    "--smc-check=all-non-file",
    "--callgrind-out-file=/dev/null",
    process.execPath,
    "--single-threaded",
    bundle,
    ...childArgs,
  ];
  return new Promise((resolve, reject) => {
    const proc = spawn("valgrind", args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    proc.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      const collected = COLLECTED.exec(err)?.[1];
      if (code !== 0 || collected === undefined) {
        reject(new Error(`valgrind ${childArgs.join(" ")} exited with ${code}:\n${err.slice(-2000)}`));
      } else resolve(Number(collected));
    });
  });
}

export interface WorkbookInstructions {
  /** Instructions a workbook of the floor (node:zlib unzip + scan) and of tonghop's CLI path. */
  readonly floor: number;
  readonly tonghop: number;
}

/** Workbooks a files path reads when run over `count` workbooks: its warm-up, then one pass. */
const readsOf = (count: number) => Math.min(count, WARM_UP_FILES) + count;

/**
 * Instructions a workbook of the floor and of tonghop over `count` workbooks (`count` ≥ 2): the
 * cost of a pass over `count` workbooks less that of a pass over one, divided by the workbooks
 * read in between (the warm-ups' included). The four runs go two at a time, one a core.
 */
export async function workbookInstructions(
  root: string,
  bundle: string,
  childArgs: (path: string, count: number) => readonly string[],
  count: number,
): Promise<WorkbookInstructions> {
  const counted = (path: string, n: number) => instructionsOf(root, bundle, childArgs(path, n));
  // The longest count beside the three shorter ones in turn.
  const [tonghopAll, [floorAll, floorOne, tonghopOne]] = await Promise.all([
    counted("tonghop", count),
    (async (): Promise<[number, number, number]> => [
      await counted("floorZlib", count),
      await counted("floorZlib", 1),
      await counted("tonghop", 1),
    ])(),
  ]);
  const reads = readsOf(count) - readsOf(1);
  return { floor: (floorAll - floorOne) / reads, tonghop: (tonghopAll - tonghopOne) / reads };
}
