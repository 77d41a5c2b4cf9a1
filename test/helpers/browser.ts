/**
 * Browsers from the system's packages, never downloaded ones: Debian's Chromium driven by
 * playwright-core, and Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
 * (Playwright's Firefox needs its own patched build). Each launch gets a fresh profile folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { chromiumPath, firefoxPath } from '../../src/testenv/browser-paths.ts';

export { chromiumPath, firefoxPath };

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Launched<T> {
  browser: T;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/**
 * A headless Chromium context with a fresh `--user-data-dir` (Playwright passes the folder itself:
 * a persistent context is how a profile folder is given to it).
 */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<Launched<BrowserContext>> {
  const profile = await mkdtemp(join(tmpdir(), 'baogao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    ...options,
  });
  return {
    browser: context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Headless firefox-esr over WebDriver BiDi, with a fresh profile folder. */
export async function launchFirefox(): Promise<Launched<PuppeteerBrowser>> {
  const profile = await mkdtemp(join(tmpdir(), 'baogao-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
