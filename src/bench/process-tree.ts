/**
 * The memory of a stage that runs several processes at once (the Pagefind shards run two
 * `pagefind` processes side by side): GNU time's `%M` is the largest single process, not what
 * the machine holds. These sum the resident memory of a process tree from `ps` snapshots.
 */

export interface ProcessRow {
  pid: number;
  ppid: number;
  /** Resident set, KB. */
  rssKb: number;
}

/** `ps -eo pid=,ppid=,rss=` output → rows. */
export function parsePs(output: string): ProcessRow[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((cells) => cells.length === 3 && cells.every(Number.isFinite))
    .map(([pid, ppid, rssKb]) => ({ pid: pid!, ppid: ppid!, rssKb: rssKb! }));
}

/** Resident KB of every descendant of `root` (not `root` itself), leaving out the subtrees rooted at `exclude`. */
export function descendantsRssKb(rows: readonly ProcessRow[], root: number, exclude: ReadonlySet<number> = new Set()): number {
  const children = new Map<number, ProcessRow[]>();
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const row = stack.pop()!;
    if (exclude.has(row.pid)) continue;
    total += row.rssKb;
    stack.push(...(children.get(row.pid) ?? []));
  }
  return total;
}
