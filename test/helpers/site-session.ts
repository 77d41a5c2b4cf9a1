/**
 * The browser tests' session: dist/ served on 127.0.0.1, one headless Chromium with a fresh profile,
 * CSP violations recorded on every page, and tabs that record their troubles.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, type Launched } from './browser.ts';
import { distDir } from './paths.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { recordCspViolations, watchPage, type PageWatch } from './watch.ts';

export interface SiteSession {
  server: StaticServer;
  context: BrowserContext;
  /** The served URL of a site path (`reports/x.html#s1`). */
  url(path: string): string;
  /** A new tab whose troubles are recorded; 404 responses for `expected404` URLs are not troubles. */
  open(path: string, options?: { expected404?: boolean }): Promise<{ page: Page; watch: PageWatch }>;
  close(): Promise<void>;
}

/** `folder`: the built site to serve, dist/ unless a test builds its own (scripts/targets-site.ts). */
export async function startSiteSession(options: BrowserContextOptions = {}, folder: string = distDir): Promise<SiteSession> {
  const server = await serveStatic(folder);
  let chromium: Launched<BrowserContext>;
  try {
    chromium = await launchChromium(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const context = chromium.browser;
  await recordCspViolations(context);
  const url = (path: string) => new URL(path, server.url).href;
  return {
    server,
    context,
    url,
    async open(path, { expected404 = false } = {}) {
      const page = await context.newPage();
      const target = url(path);
      const watch = watchPage(page, (responseUrl, status) => expected404 && status === 404 && responseUrl === target);
      await page.goto(target, { waitUntil: 'load' });
      return { page, watch };
    },
    async close() {
      await chromium.close();
      await server.close();
    },
  };
}
