/**
 * Used by scripts/bench.ts: samples, every 100 ms, the summed resident memory of every process
 * the bench has started (its descendants, this sampler's own processes left out) until the file
 * `STOP` exists, then writes the peak in KB and a line `done` to `OUT`.
 *
 *   tsx scripts/rss-sampler.ts BENCH_PID OUT STOP
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { descendantsRssKb, parsePs } from '../src/bench/process-tree.ts';

const [benchPid, out, stop] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
if (!Number.isInteger(benchPid) || !out || !stop) {
  console.error('usage: tsx scripts/rss-sampler.ts BENCH_PID OUT STOP');
  process.exit(2);
}
// This sampler runs under tsx's launcher: leave out its whole chain of processes below the bench.
const rows0 = parsePs(execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }));
const own = new Set<number>();
for (let pid: number | undefined = process.pid; pid !== undefined && pid !== benchPid; pid = rows0.find((r) => r.pid === pid)?.ppid) own.add(pid);

let peak = 0;
writeFileSync(out, '0\n');
const timer = setInterval(() => {
  const rows = parsePs(execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }));
  peak = Math.max(peak, descendantsRssKb(rows, benchPid, own));
  if (existsSync(stop)) {
    clearInterval(timer);
    writeFileSync(out, `${peak}\ndone\n`);
  }
}, 100);
