import cliProgress from 'cli-progress';

/** A progress bar that shows only where a person watches (stderr is a terminal). */
export interface Progress {
  /** Moves the bar to `value` of `total`, naming the current phase. */
  update(value: number, total: number, phase: string): void;
  stop(): void;
}

/**
 * A cli-progress bar on stderr when it is a TTY, so stdout keeps the report (and `--json`
 * stays one JSON object); in a pipe, a log file or CI it does nothing.
 */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (stream.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} {phase}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total, phase) {
      if (!started) {
        bar.start(total, value, { phase });
        started = true;
        return;
      }
      bar.setTotal(Math.max(total, value));
      bar.update(value, { phase });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
