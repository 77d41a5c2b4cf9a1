/**
 * A breadth-first crawl of the site through a browser, from a start URL (http:// or file://),
 * following every link that stays inside the site's folder. The browser part is a `visit`
 * function, so the same crawl runs in Chromium (playwright-core) or Firefox (puppeteer-core).
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** What opening one URL showed. */
export interface Visit {
  /** Why the page did not open (HTTP status, network error), or undefined when it did. */
  failure?: string;
  /** Absolute URLs of the page's links (`a[href]`, `area[href]`), as the browser resolved them. */
  links: string[];
  /** Ids on the page, for checking the fragments of links to it. */
  ids: string[];
}

export interface BrokenLink {
  from: string;
  to: string;
  reason: string;
}

export interface CrawlResult {
  /** Pages opened, without query or fragment, in visiting order. */
  visited: string[];
  broken: BrokenLink[];
}

export interface CrawlOptions {
  /** URLs under this prefix are crawled; default: the start URL's folder. */
  scope?: string;
  maxPages?: number;
  /** Which in-scope links are pages to open; default: `.html` files. Others are only checked to exist. */
  isPage?: (url: string) => boolean;
  /** Why a non-page link (CSV, JSON, zip) is broken, or undefined; default: a file:// file exists, http answers HEAD with 2xx. */
  checkResource?: (url: string) => Promise<string | undefined>;
}

const isHtmlPage = (url: string) => new URL(url).pathname.endsWith('.html');

export async function resourceFailure(url: string): Promise<string | undefined> {
  if (url.startsWith('file:')) {
    const path = fileURLToPath(url.replace(/[?#].*$/s, ''));
    return existsSync(path) && statSync(path).isFile() ? undefined : 'file does not exist';
  }
  const response = await fetch(url, { method: 'HEAD' });
  return response.ok ? undefined : `HTTP ${response.status}`;
}

const pageKey = (url: string) => url.replace(/[?#].*$/s, '');

export async function crawl(start: string, visit: (url: string) => Promise<Visit>, options: CrawlOptions = {}): Promise<CrawlResult> {
  const scope = options.scope ?? new URL('.', start).href;
  const maxPages = options.maxPages ?? 5000;
  const isPage = options.isPage ?? isHtmlPage;
  const checkResource = options.checkResource ?? resourceFailure;
  const resources = new Map<string, string | undefined>();
  const visited: string[] = [];
  const broken: BrokenLink[] = [];
  const results = new Map<string, Visit>();
  const queue: Array<{ url: string; from: string }> = [{ url: start, from: '(start)' }];
  const wanted: Array<{ from: string; to: string }> = [];
  while (queue.length > 0 && visited.length < maxPages) {
    const { url, from } = queue.shift()!;
    const key = pageKey(url);
    if (results.has(key)) continue;
    const result = await visit(key);
    results.set(key, result);
    visited.push(key);
    if (result.failure) {
      broken.push({ from, to: url, reason: result.failure });
      continue;
    }
    for (const link of result.links) {
      if (!link.startsWith(scope)) continue;
      // From disk a folder opens a listing, not index.html: a link must name a file.
      if (new URL(link).pathname.endsWith('/')) {
        broken.push({ from: key, to: link, reason: 'names a folder, not a file' });
        continue;
      }
      if (!isPage(link)) {
        const resource = pageKey(link);
        if (!resources.has(resource)) resources.set(resource, await checkResource(resource));
        const failure = resources.get(resource);
        if (failure) broken.push({ from: key, to: link, reason: failure });
        continue;
      }
      wanted.push({ from: key, to: link });
      if (!results.has(pageKey(link))) queue.push({ url: link, from: key });
    }
  }
  // Fragments are checked once every page is known; `#` and `#top` mean the top of the page.
  for (const { from, to } of wanted) {
    const target = results.get(pageKey(to));
    const hash = new URL(to).hash;
    const fragment = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
    if (!target || target.failure || !fragment || fragment === 'top' || fragment.startsWith(':~:')) continue;
    if (!target.ids.includes(fragment)) broken.push({ from, to, reason: `no element with id "${fragment}"` });
  }
  return { visited, broken };
}

/** Reads the links and ids of the open document (runs in the browser). */
function readPage(): Omit<Visit, 'failure'> {
  return {
    links: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].map((a) => a.href),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
  };
}

const failureOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** What a visit needs of a browser tab; a playwright-core and a puppeteer-core page both have it. */
interface Tab {
  goto(url: string, options: { waitUntil: 'load' }): Promise<{ status(): number } | null>;
  evaluate(read: typeof readPage): Promise<Omit<Visit, 'failure'>>;
}

/** Opens a URL in a browser tab and reads its links and ids. */
function tabVisitor(page: Tab): (url: string) => Promise<Visit> {
  return async (url) => {
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      const status = response?.status() ?? 200;
      // The 404 page is a file of the site; opening it by name must succeed.
      if (status >= 400) return { failure: `HTTP ${status}`, links: [], ids: [] };
      return await page.evaluate(readPage);
    } catch (error) {
      return { failure: failureOf(error), links: [], ids: [] };
    }
  };
}

/** Opens a URL in a Playwright page (Chromium) and reads its links and ids. */
export const playwrightVisitor: (page: Page) => (url: string) => Promise<Visit> = tabVisitor;

/** Opens a URL in a puppeteer-core page (Firefox over WebDriver BiDi) and reads its links and ids. */
export const puppeteerVisitor: (page: PuppeteerPage) => (url: string) => Promise<Visit> = tabVisitor;
