/**
 * The Pagefind index in a form that loads from disk: each file that Pagefind's loader fetches
 * (`pagefind-entry.json`, `*.pf_meta`, `wasm.*.pagefind`, `index/`, `fragment/`, `filter/`)
 * becomes a classic script `<name>.js` calling `__baogaoPagefindFile(name, base64)`.
 * See src/search/client/offline-fetch.ts for the reader's side.
 */
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** The files of a Pagefind bundle that its loader fetches (not its UI scripts and styles). */
export function isIndexFile(name: string): boolean {
  return (
    name === 'pagefind-entry.json' ||
    /^pagefind\.[^/]+\.pf_meta$/.test(name) ||
    /^wasm\.[^/]+\.pagefind$/.test(name) ||
    /^(index|fragment|filter)\/[^/]+\.(pf_index|pf_fragment|pf_filter)$/.test(name)
  );
}

/** The classic script that registers one file. */
export function offlineScript(name: string, bytes: Uint8Array): string {
  return `__baogaoPagefindFile(${JSON.stringify(name)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

export interface OfflineIndexSummary {
  files: number;
  bytes: number;
  /** Files written: new, or changed since the last build. */
  written: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/**
 * Writes `outDir/<name>.js` for every index file under `pagefindDir` (registered as
 * `<index>/<name>`: Pagefind asks for `pagefind/<index>/<name>`), and removes any other file
 * of `outDir`. A script already there with the same bytes is left alone: after one changed
 * report most fragments are the same files, and an unchanged file is not written again. When
 * `outDir` already holds the same `pagefind-entry.json.js`, nothing is read or written: the entry
 * names the metadata file by a hash of its content, which names every other file by theirs, so
 * the same entry is the same index (outDir is written by this function only).
 */
export async function writeOfflineIndex(pagefindDir: string, outDir: string, index = ''): Promise<OfflineIndexSummary> {
  // Each file is registered under its path below `pagefind/`: `<index>/index/….pf_index`.
  const registered = (name: string) => (index ? `${index}/${name}` : name);
  const names = (await readdir(pagefindDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(pagefindDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isIndexFile)
    .sort();
  if (!names.includes('pagefind-entry.json')) {
    throw new Error(`${pagefindDir}: no pagefind-entry.json; run \`pagefind --site dist\` before the offline index is written`);
  }
  const before = new Set(await filesUnder(outDir));
  const entryScript = Buffer.from(offlineScript(registered('pagefind-entry.json'), await readFile(join(pagefindDir, 'pagefind-entry.json'))));
  if (before.size === names.length && before.has('pagefind-entry.json.js') && (await readFile(join(outDir, 'pagefind-entry.json.js'))).equals(entryScript)) {
    let bytes = 0;
    for (const name of before) bytes += (await stat(join(outDir, name))).size;
    return { files: names.length, bytes, written: 0 };
  }
  let bytes = 0;
  let written = 0;
  for (const name of names) {
    const script = Buffer.from(offlineScript(registered(name), await readFile(join(pagefindDir, name))));
    const target = join(outDir, `${name}.js`);
    bytes += script.length;
    if (before.delete(`${name}.js`) && (await readFile(target)).equals(script)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, script);
    written++;
  }
  for (const stale of before) await rm(join(outDir, stale), { force: true });
  return { files: names.length, bytes, written };
}
