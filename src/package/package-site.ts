/**
 * The built site as a ZIP for reading offline, `<dist>/baogao-offline.zip` (scripts/package.ts,
 * `npm run package`; scripts/build.ts calls it in its own process after a merge). The archive
 * holds one folder, `baogao/`, with the whole site and a README.txt saying how to open it.
 * Afterwards the `[data-offline-download]` elements of the hosted pages get the link and the
 * size; inside the ZIP they say that this is the offline copy. Also writes
 * `<dist>/offline-download.json` (name, bytes, sha256) for anyone who needs the figures.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeIfChanged } from '../build/write-if-changed.ts';
import { downloadLinkHtml, fillOfflineDownload, formatSize, offlineDownload, offlineZipName } from './download.ts';
import { offlineReadme } from './readme.ts';
import { writeZip, type ZipInput, type ZipSummary } from './zip.ts';

const infoName = 'offline-download.json';
const folder = 'baogao';

export interface PackagedSite extends ZipSummary {
  /** Pages whose download link was filled in (or changed). */
  linked: number;
}

/**
 * What the last packaging archived (`packageSite`'s `state`): each file's size, modification and
 * change times and inode when it was last zipped, with the zlib version and the archive's own
 * size and time. A file whose stat is the same is the same file (the build replaces files by
 * renaming, never in place), so its entry is copied from the last archive without reading it.
 */
interface PackageState {
  zlib: string;
  zip: string;
  files: Record<string, string>;
  /**
   * The size the pages' download links gave (`formatSize`): a page whose stat is the state's was
   * linked then, and needs no new link while the size reads the same.
   */
  linked?: string;
}

const keyOf = (stat: BigIntStats): string => `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
const statKey = (file: string): string => keyOf(statSync(file, { bigint: true }));

function readState(stateFile: string | undefined, zipFile: string): PackageState | undefined {
  if (!stateFile || !existsSync(stateFile) || !existsSync(zipFile)) return undefined;
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as PackageState;
    return state.zlib === process.versions.zlib && state.zip === statKey(zipFile) ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the ZIP of the site in `dist` and links it from its pages; fails naming what is missing.
 * `stateFile` (outside the site) remembers what was archived: a rebuild copies the entries of
 * files not replaced since without reading them (scripts/build.ts keeps it in its work folder).
 */
export async function packageSite(dist: string, stateFile?: string): Promise<PackagedSite> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`package: ${dist}/index.html is missing; run \`npm run build\` first.`);
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== offlineZipName && path !== infoName && path !== `${offlineZipName}.tmp`)
    .sort();
  if (!files.includes('search-assets/search-page.js')) {
    throw new Error('package: dist/search-assets/ is missing; the build runs scripts/postbuild-search.ts after pagefind.');
  }
  const fillInsideZip = (bytes: Buffer) => Buffer.from(fillOfflineDownload(bytes.toString('utf8'), offlineDownload.insideZip), 'utf8');
  const zipFile = join(dist, offlineZipName);
  const last = readState(stateFile, zipFile);
  const archived = last?.files ?? {};
  /** Each file's stat as archived; the files whose stat is the one archived (and linked) last time. */
  const keys = new Map<string, string>();
  const unchanged = new Set<string>();
  /** The site's files, one at a time as the ZIP is written: never the whole site in memory. */
  function* inputs(): Generator<ZipInput> {
    yield { name: `${folder}/README.txt`, data: Buffer.from(offlineReadme(folder), 'utf8') };
    // The search index (search-assets/index/*.js) is base64 of gzip: deflate takes back most of base64's third.
    for (const path of files) {
      const file = join(dist, path);
      const stat = statSync(file, { bigint: true });
      keys.set(path, keyOf(stat));
      const same = archived[path] !== undefined && archived[path] === keys.get(path);
      if (same) unchanged.add(path);
      yield { name: `${folder}/${path}`, file, size: Number(stat.size), unchanged: same, ...(path.endsWith('.html') ? { transform: fillInsideZip } : {}) };
    }
  }
  // The archive of the last build, if any: its entries whose data did not change are copied, not
  // deflated again (the same archive either way; a rebuild after one changed report deflates little).
  const archive = await writeZip(inputs(), `${zipFile}.tmp`, { previous: zipFile });
  renameSync(`${zipFile}.tmp`, zipFile);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(zipFile)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  writeIfChanged(join(dist, infoName), JSON.stringify({ file: offlineZipName, bytes: archive.bytes, sha256 }, null, 2) + '\n');

  let linked = 0;
  const size = formatSize(archive.bytes);
  // A page not replaced since it was linked, to an archive of the size it reads, keeps its link unread.
  for (const path of files.filter((p) => p.endsWith('.html') && !(last?.linked === size && unchanged.has(p)))) {
    const html = readFileSync(join(dist, path), 'utf8');
    const href = '../'.repeat(path.split('/').length - 1) + offlineZipName;
    const next = fillOfflineDownload(html, downloadLinkHtml(href, archive.bytes));
    if (next !== html) {
      // Beside it, then renamed: a merged site's pages are hard links to the shards' (src/build/merge-sites.ts).
      writeFileSync(join(dist, `${path}.tmp`), next);
      renameSync(join(dist, `${path}.tmp`), join(dist, path));
      keys.set(path, statKey(join(dist, path)));
      linked++;
    }
  }
  if (stateFile) {
    // After the pages were linked: a page's entry does not depend on its link (fillInsideZip).
    const state: PackageState = { zlib: process.versions.zlib ?? '', zip: statKey(zipFile), files: Object.fromEntries(keys), linked: size };
    writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
    renameSync(`${stateFile}.tmp`, stateFile);
  }
  return { ...archive, linked };
}

/** The line scripts/package.ts prints. */
export const packagedSiteLine = (archive: PackagedSite): string =>
  `package: ${offlineZipName} ${formatSize(archive.bytes)} (${archive.entries} files, ${archive.reused} unchanged since the last, ${archive.unread} of them unread; the site ${formatSize(archive.inputBytes)}, ratio ${(archive.bytes / archive.inputBytes).toFixed(2)}), linked from ${archive.linked} pages`;
