/**
 * Writing a build output only when its bytes change: a rebuild after one changed report leaves
 * every other file as it was (its modification time too), and a deploy or sync that goes by
 * modification times sends only what changed.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

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

/** Renames `tmp` onto `file` unless `file` holds the same bytes already (then `tmp` is removed); true when replaced. */
export function replaceIfChanged(tmp: string, file: string): boolean {
  if (sameBytes(file, readFileSync(tmp))) {
    rmSync(tmp, { force: true });
    return false;
  }
  renameSync(tmp, file);
  return true;
}
