/**
 * Pinyin on the search page, over http and from file://: an ambiguous spelling searches the word
 * the text uses most and offers the others as links that search them; a Chinese query loads
 * nothing of the pinyin machinery (reader, places, lexicon shards), a pinyin query only the shards
 * of its own syllables. Which spellings are ambiguous is counted from the pipeline's text.
 */
import AxeBuilder from '@axe-core/playwright';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type Launched } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { formatTroubles, watchPage } from '../helpers/watch.ts';
import { loadCorpusText } from './corpus-text.ts';
import { homophones, spellings, wordCounts } from './latin-queries.ts';
import { searchOn, searchUrl } from './search-page.ts';

let server: StaticServer;
let chromium: Launched<BrowserContext>;
/** Spellings of two words or more that both occur a few times, the first clearly more frequent. */
let ambiguous: Array<{ spelling: string; first: string; other: string }>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  chromium = await launchChromium();
  ambiguous = [...homophones(wordCounts(await loadCorpusText())).entries()]
    .filter(([, list]) => list.length > 1 && [...list[0]![0]].length >= 2 && list[1]![1] >= 3 && list[0]![1] >= 1.5 * list[1]![1])
    .map(([spelling, list]) => ({ spelling, first: list[0]![0], other: list[1]![0] }))
    .slice(0, 4);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The files under search-assets/ and search-places.js that a page requested. */
function assetRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = /(search-assets\/.*|search-places\.js)$/.exec(new URL(request.url()).pathname);
    if (match) requested.push(match[1]!);
  });
  return requested;
}

describe.each(['http', 'file'] as const)('pinyin over %s', (mode) => {
  const base = () => (mode === 'http' ? server.url : pathToFileURL(`${distDir}/`).href);

  test('an ambiguous spelling searches the most frequent word and offers the others, each a search of its own', async () => {
    expect(ambiguous.length).toBeGreaterThanOrEqual(2);
    const page = await chromium.browser.newPage();
    const watch = watchPage(page);
    for (const { spelling, first, other } of ambiguous) {
      const shown = await searchOn(page, base(), spelling);
      expect(shown.status, spelling).toContain(`${spelling} → ${first}`);
      const choices = await page.locator('.search-readings a').evaluateAll((links) => links.map((a) => a.textContent));
      expect(choices, spelling).toContain(other);
      if (mode === 'http' && spelling === ambiguous[0]!.spelling) {
        const axe = await new AxeBuilder({ page }).include('.page').analyze();
        expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      }
      await page.locator('.search-readings a', { hasText: other }).first().click();
      await page.waitForSelector('[data-search-results][data-search-done]');
      expect(new URL(page.url()).searchParams.get('q')).toBe(other);
      const status = await page.locator('.search-status').textContent();
      expect(status, other).toMatch(new RegExp(`“${other}”：找到 [1-9]`));
    }
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });

  test('a Chinese query loads none of the pinyin files; a pinyin query only the shards of its syllables', async () => {
    const page = await chromium.browser.newPage();
    const requested = assetRequests(page);
    await searchOn(page, base(), '徐汇');
    expect(requested.filter((path) => /pinyin|search-places/.test(path))).toEqual([]);
    requested.length = 0;
    await page.goto(searchUrl(base(), spellings('一网通办').joined));
    await page.waitForSelector('[data-search-results][data-search-done]');
    const shards = requested.filter((path) => path.startsWith('search-assets/pinyin/')).sort();
    expect(shards).toEqual(['yi', 'wang', 'tong', 'ban'].map((s) => `search-assets/pinyin/${s}.js`).sort());
    expect(requested).toEqual(expect.arrayContaining(['search-assets/pinyin.js', 'search-places.js']));
    await page.close();
  });
});
