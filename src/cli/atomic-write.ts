/**
 * Replace a whole output folder at once. Files are written into a temporary folder beside the
 * output (same file system, so `rename` is atomic), and swapped in only after every write
 * succeeded: old → backup, new → out, then the backup is removed. Readers of the output folder
 * see either the old set of files or the new one, never a mix.
 *
 * Files that belong with the output but live elsewhere (`alongside`: the anchor ledgers, by
 * absolute path) are written beside their targets first, under temporary names, and renamed into
 * place once the folder is swapped in; if anything fails before the swap, nothing is changed.
 */
import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './map-limit.ts';

/** Files written at once: 1000 reports one after another took ~1 s. */
const writeConcurrency = 16;

export interface AtomicWriteOptions {
  /** Absolute path → content of files outside the folder, replaced together with it. */
  alongside?: ReadonlyMap<string, string>;
}

export async function writeFolderAtomically(
  out: string,
  files: ReadonlyMap<string, string>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const parent = path.dirname(path.resolve(out));
  const base = path.basename(path.resolve(out));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${base}.new-`));
  const staged: Array<{ temporary: string; target: string }> = [];
  try {
    // mkdtemp makes a private (0700) folder; the output keeps the old folder's mode, or 0755.
    await chmod(staging, (await modeOf(path.resolve(out))) ?? 0o755);
    for (const name of files.keys()) {
      if (name !== path.basename(name)) throw new Error(`Refusing to write outside the output folder: ${name}`);
    }
    await mapLimit([...files], writeConcurrency, ([name, content]) =>
      writeFile(path.join(staging, name), content, { flag: 'wx' }),
    );
    for (const [target, content] of options.alongside ?? []) {
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.new`);
      staged.push({ temporary, target });
      await writeFile(temporary, content);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  await swapIn(staging, path.resolve(out), parent, base).catch(async (error: unknown) => {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  });
  for (const { temporary, target } of staged) await rename(temporary, target);
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
