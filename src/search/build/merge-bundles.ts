/**
 * Pagefind bundles (folders as `pagefind --site` writes them) merged into one bundle: the same
 * words, postings, filters and fragments as one Pagefind run over all their pages
 * (merge-index.ts does the merging; this module reads and writes the folders). Used for the
 * shards of one build (scripts/pagefind-index.ts) and for the shards of a sharded build, each
 * built on its own machine (scripts/build.ts --merge, docs/sharded-build.md).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { mergeLanguage, type ShardSource } from './merge-index.ts';

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
