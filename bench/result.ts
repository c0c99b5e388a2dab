/** What one measurement in a child process gives back (one JSON line on its stdout). */
export interface ScenarioResult {
  /** Median wall time of one run, ms. */
  readonly ms: number;
  /** Median CPU time of one run (all threads of the process), ms: what ratios are taken of. */
  readonly cpuMs: number;
  /** Peak resident set size of the child process, MB. */
  readonly rssMb: number;
  /** The totals of the entered indicators the path computed, to check against the floor. */
  readonly totals: Readonly<Record<string, number | null>>;
  /** Anything the path found that a correct run must not have (for a floor: sums that differ from the generated numbers). */
  readonly notes: readonly string[];
}

/** Totals that differ between two tables of the same indicators (empty when they agree). */
export function differences(
  expected: Readonly<Record<string, number | null>>,
  actual: Readonly<Record<string, number | null>>,
): string[] {
  return Object.entries(expected).flatMap(([code, value]) =>
    actual[code] === value ? [] : [`${code}: ${value} ≠ ${actual[code]}`],
  );
}

/** One path measured in several rounds, each in a process of its own. */
export interface RoundsResult extends ScenarioResult {
  /** CPU time of each round, in round order. */
  readonly cpuMsRounds: readonly number[];
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/**
 * A path's rounds as one result: the median of the rounds' wall and CPU times (so that one round
 * the host slowed does not move the ratio), the highest peak RSS (the goal is a ceiling), and the
 * totals of the first round, with a note for any round whose totals differ from them.
 */
export function acrossRounds(rounds: readonly ScenarioResult[]): RoundsResult {
  const [first] = rounds;
  if (first === undefined) throw new RangeError("no rounds to combine");
  const notes = new Set(rounds.flatMap((r) => r.notes));
  rounds.forEach((r, i) => {
    for (const d of differences(first.totals, r.totals)) notes.add(`round ${i + 1}: ${d}`);
  });
  return {
    ms: median(rounds.map((r) => r.ms)),
    cpuMs: median(rounds.map((r) => r.cpuMs)),
    rssMb: Math.max(...rounds.map((r) => r.rssMb)),
    totals: first.totals,
    notes: [...notes],
    cpuMsRounds: rounds.map((r) => r.cpuMs),
  };
}

/**
 * Measures every path in `rounds` rounds, each path once a round, in turn: round r starts at the
 * r-th path, so that no path is always measured first, last or beside the same neighbour while the
 * host's load drifts. Resolves to each path's rounds combined by {@link acrossRounds}.
 */
export async function inRounds<P extends string>(
  paths: readonly P[],
  rounds: number,
  measure: (path: P, round: number) => Promise<ScenarioResult>,
): Promise<Record<P, RoundsResult>> {
  const results = new Map<P, ScenarioResult[]>(paths.map((p) => [p, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < paths.length; k++) {
      const path = paths[(round + k) % paths.length]!;
      results.get(path)!.push(await measure(path, round));
    }
  }
  return Object.fromEntries(paths.map((p) => [p, acrossRounds(results.get(p)!)])) as Record<P, RoundsResult>;
}
