/**
 * The shards of a sharded build joined into one site (docs/sharded-build.md). Each shard's folder
 * holds its own report, district and city pages and every page built from the whole corpus (home,
 * years, indicators, …); those must be byte-identical in every shard, since every shard built them
 * from the same summary: a difference is an error naming the file and the shards, never a silent
 * pick. Pagefind's folders (`pagefind/`) are left out: their indexes are merged separately.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

/**
 * A hard link where the shards and the site share a file system (no byte copied: ~1 GB at 5000
 * reports), else a copy. The steps after the merge never write into a file in place (they write
 * beside it and rename), so a shard's own files stay as it built them.
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export interface MergedSite {
  files: number;
  /** Files every shard (or more than one) built, found identical. */
  shared: number;
}

/** Writes the union of the shard folders `shards` to `out` (replaced whole, written beside it first). */
export function mergeSiteFolders(shards: readonly string[], out: string): MergedSite {
  const tmp = `${out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const from = new Map<string, string>();
  const conflicts: string[] = [];
  let shared = 0;
  for (const shard of shards) {
    for (const path of filesUnder(shard)) {
      const earlier = from.get(path);
      if (earlier !== undefined) {
        shared++;
        if (!readFileSync(join(earlier, path)).equals(readFileSync(join(shard, path)))) conflicts.push(`${path}: ${earlier} and ${shard} differ`);
        continue;
      }
      from.set(path, shard);
      mkdirSync(dirname(join(tmp, path)), { recursive: true });
      linkOrCopy(join(shard, path), join(tmp, path));
    }
  }
  if (conflicts.length > 0) {
    rmSync(tmp, { recursive: true, force: true });
    const shown = conflicts.slice(0, 10).join('\n  ');
    throw new Error(`merge: ${conflicts.length} files differ between shards (were they built from the same summary and sources?):\n  ${shown}`);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return { files: from.size, shared };
}
