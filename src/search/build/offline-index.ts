/**
 * The Pagefind index in a form that loads from disk: each file that Pagefind's loader fetches
 * (`pagefind-entry.json`, `*.pf_meta`, `wasm.*.pagefind`, `index/`, `fragment/`, `filter/`)
 * becomes a classic script `<name>.js` calling `__baogaoPagefindFile(name, base64)`.
 * See src/search/client/offline-fetch.ts for the reader's side.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
}

/** Writes `outDir/<name>.js` for every index file under `pagefindDir`; `outDir` is replaced. */
export async function writeOfflineIndex(pagefindDir: string, outDir: string): Promise<OfflineIndexSummary> {
  const names = (await readdir(pagefindDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(pagefindDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isIndexFile)
    .sort();
  if (!names.includes('pagefind-entry.json')) {
    throw new Error(`${pagefindDir}: no pagefind-entry.json; run \`pagefind --site dist\` before the offline index is written`);
  }
  await rm(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (const name of names) {
    const script = offlineScript(name, await readFile(join(pagefindDir, name)));
    const target = join(outDir, `${name}.js`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, script);
    bytes += Buffer.byteLength(script);
  }
  return { files: names.length, bytes };
}
