import { expect, test } from 'vitest';
import { downloadLinkHtml, fillOfflineDownload, formatSize } from '../../src/package/download.ts';
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
