import cliProgress from "cli-progress";

export interface Progress {
  /** One more file done. */
  tick(file: string): void;
  stop(): void;
}

const silent: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on stderr, only when stderr is a terminal and there is more than one file: piped
 * or redirected output stays clean, and stdout (the --json document) is never touched.
 */
export function startProgress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total < 2) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} {file}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return {
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
