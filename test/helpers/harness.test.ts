/**
 * The browser harness catches what it is there to catch: on a tiny site with known faults, the
 * static server, the crawl (over http and file://) and the page watcher report each fault.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, launchFirefox, type Launched } from './browser.ts';
import { crawl, playwrightVisitor, puppeteerVisitor, type Visit } from './crawler.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { formatTroubles, recordCspViolations, watchPage } from './watch.ts';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

const files: Record<string, string> = {
  'index.html': page(
    '<a href="a.html">a</a><a href="a.html#p1">p1</a><a href="a.html#nope">nope</a><a href="missing.html">m</a>' +
      '<a href="sub/">folder</a><a href="https://example.com/">out</a><a href="data.csv">csv</a><a href="gone.csv">gone</a>',
  ),
  'a.html': page('<p id="p1">段落</p><a href="index.html#top">home</a>'),
  '404.html': page('<h1>找不到</h1>'),
  'sub/b.html': page('b'),
  'faulty.html': page(
    '<img src="gone.png" alt=""><script src="boom.js"></script><script>console.log("inline")</script>',
    `<meta http-equiv="content-security-policy" content="script-src 'self'">`,
  ),
  'data.csv': 'a,b\n',
  'boom.js': 'console.error("broken on purpose"); throw new Error("boom");',
};

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'baogao-harness-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  test('serves / as index.html and files by name with their type', async () => {
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('a.html#p1');
    const script = await fetch(new URL('boom.js', server.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
  test('answers a folder or a missing file with 404.html and status 404, and never leaves the root', async () => {
    for (const path of ['sub/', 'sub', 'missing.html', '..%2f..%2fetc%2fpasswd']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('找不到');
    }
  });
});

describe('crawl', () => {
  const fake: Record<string, Visit> = {
    'http://x/index.html': { links: ['http://x/a.html#p1', 'http://x/a.html#p2', 'http://x/gone.html', 'http://x/dir/', 'http://y/out.html', 'http://x/data.csv', 'http://x/gone.csv'], ids: [] },
    'http://x/a.html': { links: ['http://x/index.html?q=1'], ids: ['p1'] },
    'http://x/gone.html': { failure: 'HTTP 404', links: [], ids: [] },
  };
  test('visits each page once and reports missing pages, folders and fragments', async () => {
    const visits: string[] = [];
    const result = await crawl(
      'http://x/index.html',
      async (url) => {
        visits.push(url);
        return fake[url] ?? { failure: 'unexpected', links: [], ids: [] };
      },
      { checkResource: async (url) => (url === 'http://x/gone.csv' ? 'HTTP 404' : undefined) },
    );
    expect(visits).toEqual(['http://x/index.html', 'http://x/a.html', 'http://x/gone.html']);
    expect(result.broken).toEqual([
      { from: 'http://x/index.html', to: 'http://x/dir/', reason: 'names a folder, not a file' },
      { from: 'http://x/index.html', to: 'http://x/gone.csv', reason: 'HTTP 404' },
      { from: 'http://x/index.html', to: 'http://x/gone.html', reason: 'HTTP 404' },
      { from: 'http://x/index.html', to: 'http://x/a.html#p2', reason: 'no element with id "p2"' },
    ]);
  });
});

describe('in Chromium', () => {
  let chromium: Launched<BrowserContext>;
  beforeAll(async () => {
    chromium = await launchChromium();
    await recordCspViolations(chromium.browser);
  });
  afterAll(async () => chromium?.close());

  const brokenOf = async (start: string) => {
    const tab = await chromium.browser.newPage();
    const result = await crawl(start, playwrightVisitor(tab));
    await tab.close();
    return { ...result, broken: result.broken.map(({ to, reason }) => `${to.slice(start.length - 'index.html'.length)} ${reason.split(' at ')[0]}`) };
  };

  test('a crawl over http finds the missing page, the folder link and the missing fragment', async () => {
    const { visited, broken } = await brokenOf(`${server.url}index.html`);
    expect(visited).toHaveLength(3);
    expect(broken).toEqual([
      'sub/ names a folder, not a file',
      'gone.csv HTTP 404',
      'missing.html HTTP 404',
      'a.html#nope no element with id "nope"',
    ]);
  });

  test('a crawl over file:// finds the same faults', async () => {
    const { broken } = await brokenOf(pathToFileURL(join(root, 'index.html')).href);
    expect(broken).toEqual([
      'sub/ names a folder, not a file',
      'gone.csv file does not exist',
      expect.stringMatching(/^missing\.html .*ERR_FILE_NOT_FOUND/),
      'a.html#nope no element with id "nope"',
    ]);
  });

  test('the watcher reports console errors, exceptions, failed requests and CSP violations', async () => {
    const tab = await chromium.browser.newPage();
    const watch = watchPage(tab);
    await tab.goto(`${server.url}faulty.html`, { waitUntil: 'load' });
    const kinds = new Set((await watch.collect()).map((trouble) => trouble.kind));
    expect([...kinds].sort()).toEqual(['console', 'csp', 'http', 'pageerror']);
    expect(formatTroubles(await watch.collect()).join('\n')).toMatch(/script-src-elem blocked inline/);
    await tab.close();
  });

  test('the watcher ignores an HTTP error status it is told to expect, and only that one', async () => {
    const tab = await chromium.browser.newPage();
    const missing = `${server.url}missing.html`;
    const watch = watchPage(tab, (url, status) => url === missing && status === 404);
    await tab.goto(missing, { waitUntil: 'load' });
    expect(await watch.collect()).toEqual([]);
    await tab.goto(`${server.url}other-missing.html`, { waitUntil: 'load' });
    expect((await watch.collect()).map((trouble) => trouble.kind).sort()).toEqual(['console', 'http']);
    await tab.close();
  });

  test('the watcher reports nothing on a clean page', async () => {
    const tab = await chromium.browser.newPage();
    const watch = watchPage(tab);
    await tab.goto(`${server.url}a.html`, { waitUntil: 'load' });
    expect(await watch.collect()).toEqual([]);
    await tab.close();
  });
});

describe('in Firefox', () => {
  test('a crawl over file:// finds the same faults', async () => {
    const firefox = await launchFirefox();
    try {
      const tab = await firefox.browser.newPage();
      const start = pathToFileURL(join(root, 'index.html')).href;
      const result = await crawl(start, puppeteerVisitor(tab));
      const broken = result.broken.map(({ to, reason }) => `${to.slice(start.length - 'index.html'.length)} ${reason}`);
      expect(broken.slice(0, 2)).toEqual(['sub/ names a folder, not a file', 'gone.csv file does not exist']);
      expect(broken[2]).toMatch(/^missing\.html /);
      expect(broken[3]).toBe('a.html#nope no element with id "nope"');
      expect(broken).toHaveLength(4);
    } finally {
      await firefox.close();
    }
  });
});
