/**
 * Row 3 in its own process, under tsx (the add-in's test host builds the add-in, serves it and
 * drives Debian's Chromium with playwright-core, which stay outside any bundle): prints the cost
 * of every task pane action for each sheet size as one JSON line.
 */
import { benchAddin } from "../addin/test-host/sync-bench.js";

const sizes = process.argv.slice(2).map(Number);
benchAddin(sizes.length > 0 ? sizes : [50, 5000]).then(
  (costs) => process.stdout.write(`${JSON.stringify(costs)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
