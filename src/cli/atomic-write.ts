/**
 * Replace a whole output folder at once. Files are written into a temporary folder beside the
 * output (same file system, so `rename` is atomic), and swapped in only after every write
 * succeeded: old → backup, new → out, then the backup is removed. Readers of the output folder
 * see either the old set of files or the new one, never a mix.
 */
import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './map-limit.ts';

/** Files written at once: 1000 reports one after another took ~1 s. */
const writeConcurrency = 16;

export async function writeFolderAtomically(
  out: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const parent = path.dirname(path.resolve(out));
  const base = path.basename(path.resolve(out));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${base}.new-`));
  try {
    // mkdtemp makes a private (0700) folder; the output keeps the old folder's mode, or 0755.
    await chmod(staging, (await modeOf(path.resolve(out))) ?? 0o755);
    for (const name of files.keys()) {
      if (name !== path.basename(name)) throw new Error(`Refusing to write outside the output folder: ${name}`);
    }
    await mapLimit([...files], writeConcurrency, ([name, content]) =>
      writeFile(path.join(staging, name), content, { flag: 'wx' }),
    );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await swapIn(staging, path.resolve(out), parent, base);
}

async function swapIn(staging: string, out: string, parent: string, base: string): Promise<void> {
  // The backup name is reserved by mkdtemp, then freed so `rename` can take it.
  const backup = await mkdtemp(path.join(parent, `.${base}.old-`));
  await rm(backup, { recursive: true });
  let hadOld = true;
  try {
    await rename(out, backup);
  } catch (error) {
    if (!isNotFound(error)) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    hadOld = false;
  }
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOld) await rename(backup, out);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(backup, { recursive: true, force: true });
}

async function modeOf(p: string): Promise<number | undefined> {
  try {
    return (await stat(p)).mode & 0o7777;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
