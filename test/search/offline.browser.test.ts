/**
 * The downloaded copy: `dist/baogao-offline.zip` unzipped into a temporary folder and opened from
 * disk, as a reader would. Headless Chromium crawls every page from file:// (no broken link, no
 * failed request, no script error or CSP violation), searches, and follows a result to its
 * paragraph; Firefox (firefox-esr over WebDriver BiDi) opens the home page, a report and a search.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, launchFirefox, type Launched } from '../helpers/browser.ts';
import { crawl, playwrightVisitor } from '../helpers/crawler.ts';
import { distDir } from '../helpers/paths.ts';
import { diskSite, listFiles } from '../helpers/site.ts';
import { recordCspViolations, formatTroubles, watchPage, type PageTrouble } from '../helpers/watch.ts';
import { searchOn, searchUrl } from './search-page.ts';
import { unzipTo } from './unzip.ts';

let folder: string;
let site: string;
let base: string;
let chromium: Launched<BrowserContext>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'baogao-offline-'));
  const names = unzipTo(readFileSync(join(distDir, 'baogao-offline.zip')), folder);
  expect(names).toContain('baogao/README.txt');
  site = join(folder, 'baogao');
  base = pathToFileURL(`${site}/`).href;
  chromium = await launchChromium();
  await recordCspViolations(chromium.browser);
});

afterAll(async () => {
  await chromium?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the ZIP holds the whole built site and a README that says how to open it', () => {
  const readme = readFileSync(join(site, 'README.txt'), 'utf8');
  expect(readme).toContain('index.html');
  expect(readme).toMatch(/无需联网/);
  expect(diskSite(site).pages().map((p) => p.path)).toEqual(diskSite(distDir).pages().map((p) => p.path));
  // Inside the copy there is no download link (the archive is not in itself): the element says what this is.
  expect(readFileSync(join(site, 'about.html'), 'utf8')).toMatch(/data-offline-download>这是本站的离线副本/);
});

test('one index serves both: no pagefind/ copy, and the ZIP is at most 1.1 × the site it holds', () => {
  const hosted = listFiles(distDir);
  expect(hosted.some((path) => path.startsWith('pagefind/'))).toBe(false);
  // The index's parts (one for the seeds), each a Pagefind index, and the script naming them.
  const parts = JSON.parse(/^window\.baogaoSearchIndexes=(.*);\n$/.exec(readFileSync(join(distDir, 'search-assets/index/indexes.js'), 'utf8'))![1]!) as string[];
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) expect(hosted).toContain(`search-assets/index/${part}/pagefind-entry.json.js`);
  const zipBytes = readFileSync(join(distDir, 'baogao-offline.zip')).length;
  const siteBytes = hosted
    .filter((path) => path !== 'baogao-offline.zip' && path !== 'offline-download.json')
    .reduce((sum, path) => sum + statSync(join(distDir, path)).size, 0);
  expect(zipBytes).toBeLessThanOrEqual(1.1 * siteBytes);
  // The copy in the ZIP holds the same index files as the hosted site, once.
  const unzipped = listFiles(site).filter((path) => path.startsWith('search-assets/index/'));
  expect(unzipped).toEqual(hosted.filter((path) => path.startsWith('search-assets/index/')));
});

test('the hosted pages link to the ZIP with its size', () => {
  const size = readFileSync(join(distDir, 'baogao-offline.zip')).length;
  for (const path of ['index.html', 'about.html']) {
    const html = readFileSync(join(distDir, path), 'utf8');
    expect(html).toContain('<a href="baogao-offline.zip" download>');
    expect(html).toContain(`${(size / 1024 / 1024).toFixed(1)} MB`);
  }
});

describe('Chromium from file://', () => {
  test('a crawl of every page finds no broken link, failed request, script error or CSP violation', async () => {
    const page = await chromium.browser.newPage();
    const watch = watchPage(page);
    const troubles: PageTrouble[] = [];
    const visit = playwrightVisitor(page);
    const result = await crawl(`${base}index.html`, async (url) => {
      const visited = await visit(url);
      troubles.push(...(await watch.collect()));
      watch.troubles.length = 0;
      return visited;
    });
    // One assertion, so that a broken link does not hide a script error (or the other way round).
    expect({ broken: result.broken, troubles: formatTroubles(troubles) }).toEqual({ broken: [], troubles: [] });
    expect(result.visited.length).toBe(diskSite(site).pages().length - 1); // all but 404.html
    await page.close();
  }, 600_000);

  test('search works from disk, loads only when asked, and a result opens its paragraph', async () => {
    const page = await chromium.browser.newPage();
    const watch = watchPage(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(searchUrl(base, '').replace(/\?q=$/, ''));
    await page.waitForSelector('[data-search-results] .search-status');
    expect(requested.filter((url) => /search-assets\/(pagefind-offline|index\/)/.test(url))).toEqual([]);

    const shown = await searchOn(page, base, '旧区改造');
    expect(shown.hits.length).toBeGreaterThan(0);
    expect(requested.some((url) => url.endsWith('search-assets/pagefind-offline.js'))).toBe(true);
    const link = page.locator('a.search-hit-link').first();
    const anchor = await link.getAttribute('data-search-anchor');
    await link.click();
    await page.waitForURL(/\.html#/);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain('旧区改造');
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });

  test('filters narrow the results and are kept in the URL', async () => {
    const page = await chromium.browser.newPage();
    const all = await searchOn(page, base, '实事项目');
    const xuhui = await searchOn(page, base, '实事项目', { district: '徐汇区' });
    expect(xuhui.hits.length).toBeGreaterThan(0);
    expect(xuhui.hits.length).toBeLessThan(all.hits.length);
    expect(xuhui.hits.every((hit) => hit.path.includes('-xuhui-'))).toBe(true);
    expect(await page.locator('select[name="district"]').inputValue()).toBe('徐汇区');
    await page.close();
  });
});

test('Firefox opens the home page, a report and a search from disk without errors', async () => {
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    await page.goto(`${base}index.html`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBeTruthy();
    const report = diskSite(site).pages().find((p) => p.path.startsWith('reports/'))!.path;
    await page.goto(`${base}${report}`);
    expect(await page.$$eval('p[id]', (ps) => ps.length)).toBeGreaterThan(10);
    await page.goto(searchUrl(base, '舊區改造'));
    await page.waitForSelector('[data-search-results][data-search-done]', { timeout: 30_000 });
    const hits = await page.$$eval('.search-hit-link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((href) => href.startsWith(base) && /#s[\d-]+p\d+$|#[sac][\d-]*$/.test(href))).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await firefox.close();
  }
}, 120_000);
