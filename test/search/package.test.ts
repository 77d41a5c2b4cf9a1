import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { downloadLinkHtml, fillOfflineDownload, formatSize, offlineZipName } from '../../src/package/download.ts';
import { packageSite } from '../../src/package/package-site.ts';
import { isIndexFile, offlineScript } from '../../src/search/build/offline-index.ts';

test('fills every [data-offline-download] element, again and again', () => {
  const html = '<main><p class="offline-download" data-offline-download>待定</p><p>其他</p></main>';
  const once = fillOfflineDownload(html, downloadLinkHtml('baogao-offline.zip', 2_500_000));
  expect(once).toContain('<a href="baogao-offline.zip" download>');
  expect(once).toContain('2.4 MB');
  expect(once).toContain('<p>其他</p>');
  expect(fillOfflineDownload(once, 'x')).toBe('<main><p class="offline-download" data-offline-download>x</p><p>其他</p></main>');
});

test('formatSize', () => {
  expect(formatSize(900)).toBe('1 KB');
  expect(formatSize(512 * 1024)).toBe('512 KB');
  expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
});

test('the offline index holds the files Pagefind fetches, not its UI', () => {
  expect(['pagefind-entry.json', 'pagefind.zh-cn_1a.pf_meta', 'wasm.unknown.pagefind', 'index/zh-cn_1.pf_index', 'fragment/zh-cn_2.pf_fragment', 'filter/zh-cn_3.pf_filter'].every(isIndexFile)).toBe(true);
  expect(['pagefind.js', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind-ui.css'].some(isIndexFile)).toBe(false);
});

test('an offline index script hands over the file bytes in base64', () => {
  const script = offlineScript('index/a.pf_index', new Uint8Array([1, 2, 250]));
  let received: [string, string] | undefined;
  new Function('__baogaoPagefindFile', script)((name: string, base64: string) => (received = [name, base64]));
  expect(received).toEqual(['index/a.pf_index', Buffer.from([1, 2, 250]).toString('base64')]);
});

test('a rebuild packages from what was archived: files not replaced are copied unread, and the ZIP is the one a cold packaging writes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'baogao-package-'));
  try {
    const site = join(root, 'dist');
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      // As the build writes: beside the file, then renamed onto it.
      writeFileSync(join(site, `${path}.tmp`), text);
      renameSync(join(site, `${path}.tmp`), join(site, path));
    };
    put('index.html', '<main><p data-offline-download>待定</p>首页</main>');
    put('about.html', '<main><p data-offline-download>待定</p>关于</main>');
    put('search-assets/search-page.js', 'search();'.repeat(40));
    for (let i = 0; i < 5; i++) put(`reports/r${i}.html`, `<p>第${i}篇${'报告正文'.repeat(30)}</p>`);
    const state = join(root, 'package-state.json');
    const cold = await packageSite(site, state);
    expect(cold.reused).toBe(0);
    const coldZip = readFileSync(join(site, offlineZipName));
    const again = await packageSite(site, state);
    expect(readFileSync(join(site, offlineZipName)).equals(coldZip)).toBe(true);
    // Unread: every file (README.txt is no file); the pages were linked before the state was kept.
    expect(again.unread).toBe(again.entries - 1);
    put('reports/r3.html', '<p>第3篇，改过</p>');
    const changed = await packageSite(site, state);
    expect(changed.unread).toBe(again.entries - 2);
    // A page replaced since is linked again; the others, linked to an archive of the size they read, are kept.
    put('about.html', '<main><p data-offline-download>待定</p>关于，改过</main>');
    expect((await packageSite(site, state)).linked).toBe(1);
    expect(readFileSync(join(site, 'about.html'), 'utf8')).toContain(downloadLinkHtml(offlineZipName, statSync(join(site, offlineZipName)).size));
    // An archive whose size reads otherwise: every page gets the new link, replaced or not.
    put('search-assets/big.bin', randomBytes(3 << 20).toString('base64'));
    const grown = await packageSite(site, state);
    expect(grown.linked).toBe(2);
    for (const page of ['index.html', 'about.html']) expect(readFileSync(join(site, page), 'utf8')).toContain(downloadLinkHtml(offlineZipName, grown.bytes));
    // A state file without the archive it describes is not trusted.
    writeFileSync(join(root, 'other-state.json'), readFileSync(state));
    cpSync(site, join(root, 'elsewhere'), { recursive: true });
    expect((await packageSite(join(root, 'elsewhere'), join(root, 'other-state.json'))).unread).toBe(0);
    // The same site packaged without any earlier archive or state.
    cpSync(site, join(root, 'copy'), { recursive: true });
    rmSync(join(root, 'copy', offlineZipName));
    await packageSite(join(root, 'copy'));
    expect(readFileSync(join(site, offlineZipName)).equals(readFileSync(join(root, 'copy', offlineZipName)))).toBe(true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
