/**
 * `npm run package`: the built site as a ZIP for reading offline, `dist/baogao-offline.zip`.
 * The archive holds one folder, `baogao/`, with the whole site and a README.txt saying how to open
 * it. Afterwards the `[data-offline-download]` elements of the hosted pages get the link and the
 * size; inside the ZIP they say that this is the offline copy. Also writes dist/offline-download.json
 * (name, bytes, sha256) for anyone who needs the figures.
 *
 *   npx tsx scripts/package.ts [dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { downloadLinkHtml, fillOfflineDownload, formatSize, offlineDownload, offlineZipName } from '../src/package/download.ts';
import { offlineReadme } from '../src/package/readme.ts';
import { zip, type ZipEntry } from '../src/package/zip.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`package: ${dist}/index.html is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const infoName = 'offline-download.json';
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((path) => path !== offlineZipName && path !== infoName)
  .sort();
if (!files.includes('search-assets/search-page.js')) {
  console.error('package: dist/search-assets/ is missing; the build runs scripts/postbuild-search.ts after pagefind.');
  process.exit(1);
}

const folder = 'baogao';
const entries: ZipEntry[] = [{ name: `${folder}/README.txt`, data: Buffer.from(offlineReadme(folder), 'utf8') }];
for (const path of files) {
  let data: Buffer = readFileSync(join(dist, path));
  if (path.endsWith('.html')) data = Buffer.from(fillOfflineDownload(data.toString('utf8'), offlineDownload.insideZip), 'utf8');
  // The search index (search-assets/index/*.js) is base64 of gzip: deflate takes back most of base64's third.
  entries.push({ name: `${folder}/${path}`, data });
}
const siteBytes = entries.reduce((sum, entry) => sum + entry.data.length, 0);
const archive = await zip(entries);
writeFileSync(join(dist, offlineZipName), archive);
const sha256 = createHash('sha256').update(archive).digest('hex');
writeFileSync(join(dist, infoName), JSON.stringify({ file: offlineZipName, bytes: archive.length, sha256 }, null, 2) + '\n');

let linked = 0;
for (const path of files.filter((p) => p.endsWith('.html'))) {
  const html = readFileSync(join(dist, path), 'utf8');
  const href = '../'.repeat(path.split('/').length - 1) + offlineZipName;
  const next = fillOfflineDownload(html, downloadLinkHtml(href, archive.length));
  if (next !== html) {
    writeFileSync(join(dist, path), next);
    linked++;
  }
}
console.log(
  `package: ${offlineZipName} ${formatSize(archive.length)} (${entries.length} files; the site ${formatSize(siteBytes)}, ratio ${(archive.length / siteBytes).toFixed(2)}), linked from ${linked} pages`,
);
