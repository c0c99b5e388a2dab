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
