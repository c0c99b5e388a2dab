import { performance } from "node:perf_hooks";
import { median, type ScenarioResult } from "./result.js";
import { ENTERED } from "./unit-values.js";

export type { ScenarioResult };

/** Files a files path reads once before it is timed (bench/files.ts), so its code is compiled first. */
export const WARM_UP_FILES = 20;

/** Wall and CPU time of one run, ms. CPU time counts every thread of the process (GC, file reads). */
interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
}

export interface Timed<T> extends Sample {
  readonly result: T;
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function summary<T>(samples: readonly Sample[], result: T): Timed<T> {
  return { ms: median(samples.map((s) => s.ms)), cpuMs: median(samples.map((s) => s.cpuMs)), result };
}

/** Median wall and CPU time of `runs` calls after one warm-up call; the last result is returned too. */
export function time<T>(runs: number, fn: () => T): Timed<T> {
  let result = fn();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = cpuNow();
    result = fn();
    samples.push({ ms: performance.now() - start, cpuMs: cpuNow() - cpu });
  }
  return summary(samples, result);
}

/** Median wall and CPU time of `runs` (≥ 1) calls of an async function, without a warm-up call. */
export async function timeAsync<T>(runs: number, fn: () => Promise<T>): Promise<Timed<T>> {
  let result!: T;
  const samples: Sample[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const start = performance.now();
    const cpu = cpuNow();
    result = await fn();
    samples.push({ ms: performance.now() - start, cpuMs: cpuNow() - cpu });
  }
  return summary(samples, result);
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A report's values of the entered indicators (null where it has none). */
export function enteredTotals(
  values: Readonly<Record<string, { readonly value: number | null }>>,
): Record<string, number | null> {
  return Object.fromEntries(ENTERED.map((i) => [i.code, values[i.code]?.value ?? null]));
}
