/**
 * The state a build step keeps beside what it wrote, to reuse the unchanged parts next time (the
 * summary's lines, the downloads' pieces): it holds only while the same code wrote it and the files
 * it describes are still the ones it wrote (inode, size and modification time; not ctime, which
 * linking a report into a shard's folder changes).
 */
import { readFileSync, statSync } from 'node:fs';

export type FileStat = [ino: number, size: number, mtimeNs: string];

export const fileStat = (file: string): FileStat => {
  const s = statSync(file, { bigint: true });
  return [Number(s.ino), Number(s.size), String(s.mtimeNs)];
};

export const sameStat = (a: FileStat | undefined, b: FileStat): boolean => a !== undefined && a.every((value, i) => value === b[i]);

/** The state at `statePath` when `code` wrote it and each named file is still as it records; undefined otherwise. */
export function readReuseState<State extends { code: string }>(statePath: string, code: string, files: Partial<Record<keyof State, string>>): State | undefined {
  try {
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as State;
    if (state.code !== code) return undefined;
    for (const [key, file] of Object.entries(files) as [keyof State, string][]) {
      if (!sameStat(state[key] as FileStat | undefined, fileStat(file))) return undefined;
    }
    return state;
  } catch {
    return undefined;
  }
}
