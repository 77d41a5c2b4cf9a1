/**
 * Writing a build output only when its bytes change: a rebuild after one changed report leaves
 * every other file as it was (its modification time too), and a deploy or sync that goes by
 * modification times sends only what changed.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/** Writes `bytes` to `file` (beside it, then renamed) unless it holds them already; true when written. */
export function writeIfChanged(file: string, bytes: Uint8Array | string): boolean {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  if (sameBytes(file, data)) return false;
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
  return true;
}

/**
 * Whether two files hold the same bytes, compared a megabyte at a time: the corpus downloads are
 * ~0.5 GB at 20,000 reports, and reading both whole took ~1 GB of the merge's process.
 */
export function sameFiles(a: string, b: string): boolean {
  const fds: number[] = [];
  try {
    for (const file of [a, b]) fds.push(openSync(file, 'r'));
    const [fa, fb] = fds as [number, number];
    if (fstatSync(fa).size !== fstatSync(fb).size) return false;
    const x = Buffer.alloc(1 << 20);
    const y = Buffer.alloc(1 << 20);
    for (let position = 0; ; ) {
      const n = readSync(fa, x, 0, x.length, position);
      const m = readSync(fb, y, 0, y.length, position);
      if (n !== m) return false;
      if (n === 0) return true;
      if (!x.subarray(0, n).equals(y.subarray(0, n))) return false;
      position += n;
    }
  } catch {
    return false;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Renames `tmp` onto `file` unless `file` holds the same bytes already (then `tmp` is removed); true when replaced. */
export function replaceIfChanged(tmp: string, file: string): boolean {
  if (sameFiles(file, tmp)) {
    rmSync(tmp, { force: true });
    return false;
  }
  renameSync(tmp, file);
  return true;
}
