/**
 * The shards of a sharded build joined into one site (docs/sharded-build.md). Each shard's folder
 * holds its own report, district and city pages and every page built from the whole corpus (home,
 * years, indicators, …); those must be byte-identical in every shard, since every shard built them
 * from the same summary: a difference is an error naming the file and the shards, never a silent
 * pick. Pagefind's folders (`pagefind/`) are left out: their indexes are merged separately.
 *
 * With a manifest (scripts/build.ts on one machine), a merge into a site merged before touches only
 * the files whose shard copy changed since: the manifest records, for every file, its shard, the
 * identity of each shard copy (inode, size, modification time) and a hash of its bytes. A copy with
 * the same identity is unchanged; one with a new identity (a shard built again) is compared by hash.
 * The site's own copy of an unchanged file stays as the later steps left it (package.ts fills the
 * download link into pages), so a rebuild after one changed report rewrites a few pages, not all.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  /** Files of the site linked anew (all of them unless the merge was incremental). */
  written: number;
  /** Files of the last merge that no shard has any more, removed from the site. */
  removed: number;
  /** Whether the site merged before was updated in place (with a manifest). */
  incremental: boolean;
}

export interface MergeOptions {
  /** The manifest file of the last merge into `out`: with it, only changed files are linked again. */
  manifest?: string;
}

/** What the manifest keeps of one file of the site. */
interface ManifestFile {
  /** Index of the shard whose copy is in the site. */
  shard: number;
  /** Identity of every shard's copy, in shard order. */
  copies: string[];
  sha1: string;
}

interface Manifest {
  shards: string[];
  out: string;
  files: Record<string, ManifestFile>;
}

const identity = (file: string): string => {
  const stat = statSync(file, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
};
const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

function readManifest(file: string | undefined, shards: readonly string[], out: string): Manifest | undefined {
  if (!file || !existsSync(file) || !existsSync(out)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.out === out && manifest.shards.join('\0') === shards.join('\0') ? manifest : undefined;
}

/**
 * Writes the union of the shard folders `shards` to `out`: replaced whole (written beside it
 * first), or, with `options.manifest` from a merge of the same shards into `out`, updated in place.
 */
export function mergeSiteFolders(shards: readonly string[], out: string, options: MergeOptions = {}): MergedSite {
  const previous = readManifest(options.manifest, shards, out);
  // Every file and the shards that have it, in shard order.
  const holders = new Map<string, number[]>();
  shards.forEach((shard, i) => {
    for (const path of filesUnder(shard)) holders.set(path, [...(holders.get(path) ?? []), i]);
  });
  const conflicts: string[] = [];
  const files: Record<string, ManifestFile> = {};
  const changed: string[] = [];
  let shared = 0;
  for (const [path, at] of [...holders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const source = at[0]!;
    const copies = at.map((i) => identity(join(shards[i]!, path)));
    shared += at.length - 1;
    const before = previous?.files[path];
    if (before && before.shard === source && before.copies.join('\0') === copies.join('\0')) {
      files[path] = before;
      continue;
    }
    // Read only to compare shards' copies or to keep a hash (the CI merge keeps no manifest).
    const bytes = at.length > 1 || options.manifest ? readFileSync(join(shards[source]!, path)) : undefined;
    for (const i of at.slice(1)) if (!bytes!.equals(readFileSync(join(shards[i]!, path)))) conflicts.push(`${path}: ${shards[source]} and ${shards[i]} differ`);
    files[path] = { shard: source, copies, sha1: options.manifest ? sha1(bytes!) : '' };
    if (!(before && before.sha1 === files[path].sha1)) changed.push(path);
  }
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 10).join('\n  ');
    throw new Error(`merge: ${conflicts.length} files differ between shards (were they built from the same summary and sources?):\n  ${shown}`);
  }
  // Without its manifest a site half updated is merged whole next time.
  if (options.manifest) rmSync(options.manifest, { force: true });
  let removed = 0;
  if (previous) {
    for (const path of changed) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      rmSync(join(out, `${path}.merge-tmp`), { force: true });
      linkOrCopy(join(shards[files[path]!.shard]!, path), join(out, `${path}.merge-tmp`));
      renameSync(join(out, `${path}.merge-tmp`), join(out, path));
    }
    for (const path of Object.keys(previous.files)) {
      if (!holders.has(path)) {
        rmSync(join(out, path), { force: true });
        removed++;
      }
    }
  } else {
    const tmp = `${out}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    for (const [path, { shard }] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, path)), { recursive: true });
      linkOrCopy(join(shards[shard]!, path), join(tmp, path));
    }
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
  }
  if (options.manifest) {
    writeFileSync(`${options.manifest}.tmp`, JSON.stringify({ shards: [...shards], out, files } satisfies Manifest));
    renameSync(`${options.manifest}.tmp`, options.manifest);
  }
  return { files: holders.size, shared, written: previous ? changed.length : holders.size, removed, incremental: previous !== undefined };
}
