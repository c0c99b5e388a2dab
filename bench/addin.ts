import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Row } from "./table.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

/** One action's cost on the add-in's test host (addin/test-host/sync-bench.ts). */
interface ActionCost {
  readonly action: string;
  readonly rows: number;
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

function measure(sizes: readonly number[]): Promise<ActionCost[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        join(here, "addin-child.ts"),
        ...sizes.map(String),
      ],
      {
        cwd: root,
        env: { ...process.env, TSX_TSCONFIG_PATH: join(here, "tsconfig.json") },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      if (code !== 0) reject(new Error(`bench/addin-child.ts exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "[]"));
    });
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Row 3: context.sync() calls and request bytes per task pane action on the add-in's in-page
 * Excel test host, for a small and a large sheet. The goal: the same number of syncs for both.
 * Needs the add-in's test host and Debian's Chromium; says n/a where either is missing.
 */
export async function runAddin(small: number, large: number): Promise<Row[]> {
  if (!existsSync(join(root, "addin", "test-host", "sync-bench.ts"))) {
    return [{ id: "addin", scenario: "3 add-in: sync calls per action", value: "n/a (add-in not built)" }];
  }
  if (!existsSync("/usr/bin/chromium")) {
    return [
      { id: "addin", scenario: "3 add-in: sync calls per action", value: "n/a (no /usr/bin/chromium)" },
    ];
  }
  const costs = await measure([small, large]);
  const actions = [...new Set(costs.map((c) => c.action))];
  return actions.map((action) => {
    const a = costs.find((c) => c.action === action && c.rows === small);
    const b = costs.find((c) => c.action === action && c.rows === large);
    const same = a !== undefined && b !== undefined && a.syncs === b.syncs;
    return {
      id: `addin.${action}`,
      scenario: `3 add-in ${action}: syncs; request bytes (${small} / ${large} rows)`,
      value: `${a?.syncs ?? "?"} / ${b?.syncs ?? "?"}; ${kb(a?.requestBytes ?? 0)} / ${kb(b?.requestBytes ?? 0)}`,
      goal: "same syncs",
      pass: same,
    };
  });
}
