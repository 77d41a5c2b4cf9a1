/**
 * Screenshots of every page type at 1280 and 390 px, light and dark, for a person to look at.
 * Usage: npx tsx scripts/screenshots.ts [--file] [--dist DIR] [--page NAME=PATH …]   (after a build; writes .cache/screenshots/)
 * `--page` (repeatable) shoots only the pages named, e.g. `--page targets-report=reports/hangzhou-shangcheng-2016.html`.
 * Serves dist/ over a small local HTTP server, or opens it from disk with --file. Prints console
 * errors and CSP violations seen on the way.
 */
import { createServer } from 'node:http';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../src/testenv/browser-paths.ts';

const distArg = process.argv.indexOf('--dist');
const dist = path.resolve(distArg > 0 ? (process.argv[distArg + 1] ?? 'dist') : 'dist');
const out = path.resolve('.cache/screenshots');
const fromDisk = process.argv.includes('--file');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
};

async function serve(): Promise<{ base: string; close: () => void }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(await readFile(path.join(dist, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** The page of `dir` to show: the largest one (most content to look at), never a party report. */
async function firstFile(dir: string): Promise<string> {
  const names = (await readdir(path.join(dist, dir))).filter((f) => f.endsWith('.html'));
  const sizes = await Promise.all(names.map(async (f) => [f, (await readFile(path.join(dist, dir, f))).length] as const));
  const files = sizes.sort((a, b) => b[1] - a[1]).map(([f]) => f);
  const file = files.find((f) => !f.includes('party')) ?? files[0];
  if (!file) throw new Error(`No pages in dist/${dir}: run \`npm run build\` first.`);
  return `${dir}/${file}`;
}

// Only the first `=` names the page: a path may hold a query (`search=search.html?q=徐汇`).
const chosen = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--page' ? [[arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] as [string, string]] : []));
const pages: Array<[string, string]> = chosen.length > 0 ? chosen : [
  ['home', 'index.html'],
  ['report', await firstFile('reports')],
  ['district', await firstFile('districts')],
  ['year', await firstFile('years')],
  ['indicator', 'indicators/gdp.html'],
  ['indicator-year', await firstFile('indicators/gdp')],
  ['about', 'about.html'],
  ['search', 'search.html'],
  ['404', '404.html'],
  // What a host shows for a missing URL deeper in the site: the same 404.html, at that URL.
  ['404-deep', 'reports/no-such-report.html'],
];

await mkdir(out, { recursive: true });
const server = fromDisk ? undefined : await serve();
const base = server?.base ?? pathToFileURL(dist + path.sep).href;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const width of [1280, 390]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') console.log(`  [${m.type()}] ${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => console.log(`  [pageerror] ${page.url()}: ${e.message}`));
      for (const [name, file] of pages) {
        await page.goto(base + file, { waitUntil: 'load' });
        // A search page with a query: its results, not the `正在搜索……` before them.
        if (/[?&]q=/.test(file)) await page.waitForSelector('a.search-hit-link, [data-search-results] .search-status:not(:empty)', { timeout: 60_000 }).catch(() => undefined);
        if (/[?&]q=/.test(file)) await page.waitForFunction(() => !/正在搜索/.test(document.body.innerText), undefined, { timeout: 60_000 }).catch(() => undefined);
        const shot = path.join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: shot, fullPage: name !== 'report' && !name.endsWith('-report') });
        if (name === 'report' || name.endsWith('-report')) {
          await page.screenshot({ path: path.join(out, `${name}-full-${width}-${scheme}.png`), fullPage: true });
          // A figure's note opened, as a reader would see it.
          const metric = page.locator('.report-text [popovertarget]').first();
          await metric.scrollIntoViewIfNeeded();
          await page.evaluate(() => window.scrollBy(0, -200));
          await metric.focus();
          await page.keyboard.press('Enter');
          await page.screenshot({ path: path.join(out, `${name}-note-${width}-${scheme}.png`) });
        }
      }
      await context.close();
    }
  }
  // Print emulation of a report.
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  await page.goto(base + (pages[1]?.[1] ?? ''), { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(out, 'report-print.png'), fullPage: false });
  await page.pdf({ path: path.join(out, 'report-print.pdf') }).catch(() => undefined);
  await context.close();
} finally {
  await browser.close();
  server?.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), out)}/`);
