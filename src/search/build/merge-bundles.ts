/**
 * Pagefind bundles (folders as `pagefind --site` writes them) merged into one bundle: the same
 * words, postings, filters and fragments as one Pagefind run over all their pages
 * (merge-index.ts does the merging; this module reads and writes the folders). Used for the
 * shards of one build (scripts/pagefind-index.ts) and for the shards of a sharded build, each
 * built on its own machine (scripts/build.ts --merge, docs/sharded-build.md): each of the site's
 * search indexes is merged from its parts (`mergeIndexParts`), and only the indexes whose parts
 * changed are merged again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { mergeLanguage, type ShardSource } from './merge-index.ts';
import { byIndexOrder } from './shards.ts';

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

const SIGNATURE = 'pagefind_dcd';
/** Index files compressed at once. */
const inFlight = 8;

function unpack(file: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return bytes.subarray(SIGNATURE.length);
}

export interface MergedBundle {
  pages: number;
  words: number;
  languages: string[];
}

/** Merges the bundles in `dirs` into `out` (replaced whole, written beside it first). */
export async function mergePagefindBundles(dirs: readonly string[], out: string): Promise<MergedBundle> {
  if (dirs.length === 0) throw new Error(`merge into ${out}: no Pagefind bundle to merge`);
  const entries = dirs.map((dir) => {
    try {
      return JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
    } catch (error) {
      throw new Error(`${dir}: not a Pagefind bundle (pagefind-entry.json: ${error instanceof Error ? error.message : String(error)})`);
    }
  });
  const versions = new Set(entries.map((e) => e.version));
  if (versions.size > 1) throw new Error(`merge into ${out}: bundles of different Pagefind versions (${[...versions].join(', ')}) cannot be merged`);

  // zlib level 6, not Pagefind's 9: 0.4 % larger index files, compressed 2.6× faster, on the
  // thread pool, a few files at once: the merge waits when `inFlight` are being compressed, so
  // the index is written as it is merged and never held whole (1.2 GB at 5000 reports before).
  const gzipAsync = promisify(gzip);
  const pending = new Set<Promise<void>>();
  const writePacked = async (file: string, content: Uint8Array): Promise<void> => {
    const job = gzipAsync(Buffer.concat([Buffer.from(SIGNATURE), content]), { level: 6 }).then((packed) => writeFileSync(file, packed));
    pending.add(job);
    void job.finally(() => pending.delete(job)).catch(() => undefined);
    if (pending.size >= inFlight) await Promise.race(pending);
  };

  const tmp = `${out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const sub of ['index', 'filter', 'fragment']) mkdirSync(join(tmp, sub), { recursive: true });

  // Pagefind's scripts, styles and wasm are the same in every bundle.
  for (const entry of readdirSync(dirs[0]!, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.pf_meta') && entry.name !== 'pagefind-entry.json') copyFileSync(join(dirs[0]!, entry.name), join(tmp, entry.name));
  }

  const merged: Entry = { version: entries[0]!.version, languages: {}, include_characters: entries[0]!.include_characters };
  let words = 0;
  let pages = 0;
  for (const language of [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort()) {
    const sources: Array<{ dir: string; source: ShardSource }> = [];
    let wasm: string | null = null;
    entries.forEach((entry, i) => {
      const info = entry.languages[language];
      if (!info) return;
      wasm ??= info.wasm;
      const dir = dirs[i]!;
      for (const name of readdirSync(dir)) if (name.startsWith('wasm.')) copyFileSync(join(dir, name), join(tmp, name));
      sources.push({
        dir,
        source: {
          meta: unpack(join(dir, `pagefind.${info.hash}.pf_meta`)),
          chunk: (hash) => unpack(join(dir, 'index', `${hash}.pf_index`)),
          filter: (hash) => unpack(join(dir, 'filter', `${hash}.pf_filter`)),
          fragment: (hash) => unpack(join(dir, 'fragment', `${hash}.pf_fragment`)),
        },
      });
    });
    const result = await mergeLanguage(
      language,
      sources.map((s) => s.source),
      (path, content) => writePacked(join(tmp, path), content),
    );
    for (const { shard, from, to } of result.fragments) {
      copyFileSync(join(sources[shard]!.dir, 'fragment', `${from}.pf_fragment`), join(tmp, 'fragment', `${to}.pf_fragment`));
    }
    writePacked(join(tmp, `pagefind.${result.metaHash}.pf_meta`), result.meta);
    merged.languages[language] = { hash: result.metaHash, wasm, page_count: result.pageCount };
    words += result.wordCount;
    pages += result.pageCount;
  }
  await Promise.all(pending);
  writeFileSync(join(tmp, 'pagefind-entry.json'), JSON.stringify(merged));
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return { pages, words, languages: Object.keys(merged.languages) };
}

/** A part of one of the site's search indexes: a Pagefind bundle holding some of its pages. */
export interface IndexPart {
  /** The index's folder name (shards.ts `indexName`). */
  index: string;
  dir: string;
}

export interface MergedIndexes {
  /** The indexes' folder names under the output folder, sorted. */
  indexes: string[];
  /** Those merged in this call; the others' parts had not changed. */
  merged: string[];
  pages: number;
}

/**
 * Merges the parts of each search index into `outRoot/<index>/`. An index whose parts are the
 * same bundles as at its last merge (their `pagefind-entry.json`, which names the metadata file by
 * a hash of its content, and their folders; kept in `outRoot/<index>.key`) is left as it was, and
 * folders of indexes no longer listed are removed.
 */
export async function mergeIndexParts(parts: readonly IndexPart[], outRoot: string): Promise<MergedIndexes> {
  if (parts.length === 0) throw new Error(`merge into ${outRoot}: no search index to merge`);
  const byIndex = new Map<string, string[]>();
  for (const part of parts) {
    if (!/^[1-9]\d*-of-[1-9]\d*$/.test(part.index)) throw new Error(`${part.dir}: "${part.index}" is not the name of a search index (like 3-of-8)`);
    byIndex.set(part.index, [...(byIndex.get(part.index) ?? []), part.dir]);
  }
  const totals = new Set([...byIndex.keys()].map((name) => name.replace(/^\d+-of-/, '')));
  if (totals.size > 1) throw new Error(`merge into ${outRoot}: parts of differently split indexes (${[...byIndex.keys()].join(', ')}): were the shards built with the same --site-pages?`);
  mkdirSync(outRoot, { recursive: true });
  const indexes = [...byIndex.keys()].sort(byIndexOrder);
  const merged: string[] = [];
  let pages = 0;
  for (const index of indexes) {
    const dirs = byIndex.get(index)!.sort();
    const hash = createHash('sha256');
    for (const dir of dirs) {
      const entry = join(dir, 'pagefind-entry.json');
      if (!existsSync(entry)) throw new Error(`${dir}: not a Pagefind bundle (no pagefind-entry.json)`);
      hash.update(`${dir}\0`).update(readFileSync(entry)).update('\0');
    }
    const key = hash.digest('hex');
    const out = join(outRoot, index);
    const keyFile = join(outRoot, `${index}.key`);
    if (existsSync(join(out, 'pagefind-entry.json')) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
      const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as Entry;
      pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      continue;
    }
    rmSync(keyFile, { force: true });
    pages += (await mergePagefindBundles(dirs, out)).pages;
    writeFileSync(keyFile, key);
    merged.push(index);
  }
  const listed = new Set(indexes.flatMap((index) => [index, `${index}.key`]));
  for (const name of readdirSync(outRoot)) if (!listed.has(name)) rmSync(join(outRoot, name), { recursive: true, force: true });
  return { indexes, merged, pages };
}

/** The search indexes under `root` (`pagefind/` of a site or of a shard): their folders, as parts. */
export function indexPartsUnder(root: string): IndexPart[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'pagefind-entry.json')))
    .map((entry) => ({ index: entry.name, dir: join(root, entry.name) }))
    .sort((a, b) => byIndexOrder(a.index, b.index));
}
