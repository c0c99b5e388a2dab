/** One line of the benchmark's table (and of its JSON). */
export interface Row {
  readonly id: string;
  readonly scenario: string;
  /** Wall time of a run, ms: the median over the rounds of each round's median run. */
  readonly ms?: number;
  /**
   * CPU time of a run (every thread of the measuring process), ms: the median over the rounds of
   * each round's median run.
   */
  readonly cpuMs?: number;
  /** Of CPU times, against the row's reference (the floor; for a speed-up, ExcelJS ÷ tonghop). */
  readonly ratio?: number;
  readonly goal?: string;
  readonly pass?: boolean;
  /** Peak RSS of the process that measured it (over rounds, the highest), MB. */
  readonly rssMb?: number;
  /** CPU time of each round (`--rounds`), ms: the spread behind the median. JSON only. */
  readonly cpuMsRounds?: readonly number[];
  /** For rows that count rather than time (add-in sync calls), the value as text. */
  readonly value?: string;
}

const time = (ms: number | undefined): string => (ms === undefined ? "" : ms.toFixed(ms < 10 ? 2 : 0));

const cells = (row: Row): string[] => [
  row.scenario,
  row.ms === undefined ? (row.value ?? "") : time(row.ms),
  time(row.cpuMs),
  row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}×`,
  row.goal ?? "",
  row.pass === undefined ? "" : row.pass ? "pass" : "FAIL",
  row.rssMb === undefined ? "" : row.rssMb.toFixed(0),
];

/** The rows as a Markdown table (readable in a terminal, pasteable into the README). */
export function renderTable(rows: readonly Row[]): string {
  const header = ["scenario", "ms", "CPU ms", "ratio", "goal", "pass/fail", "RSS MB"];
  const body = rows.map(cells);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, c) => (c === 0 || c === 4 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}
