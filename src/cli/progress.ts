/**
 * A one-line progress bar on a terminal. Shown only when the stream is a TTY and the run is long
 * enough to need one; otherwise every call is a no-op, so logs and pipes stay clean.
 */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** Below this many reports a run is quick and the summary table is progress enough. */
export const progressThreshold = 20;

export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total <= progressThreshold) return { tick() {}, done() {} };
  let count = 0;
  const barWidth = 30;
  return {
    tick(label) {
      count += 1;
      const filled = Math.round((count / total) * barWidth);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${count}/${total} ${label}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
