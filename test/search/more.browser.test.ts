/**
 * The search page shows a first screenful and reads on when asked: with `?batch=1` (one candidate
 * read at a time, a screenful of one hit: the seeds are only five reports) a query every report
 * holds shows one result, says how many candidates were read, and a "显示更多结果" button, used
 * from the keyboard, appends the next results until all are shown, the same as an unbatched search.
 * Over http and from file://.
 */
import AxeBuilder from '@axe-core/playwright';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type Launched } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { formatTroubles, watchPage } from '../helpers/watch.ts';
import { searchOn, shownResults } from './search-page.ts';

let server: StaticServer;
let chromium: Launched<BrowserContext>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe.each(['http', 'file'] as const)('more results over %s', (mode) => {
  const base = () => (mode === 'http' ? server.url : pathToFileURL(`${distDir}/`).href);

  test('a batched search shows the first hit, then the button appends the rest, keyboard only', async () => {
    const page = await chromium.browser.newPage();
    const watch = watchPage(page);
    const all = await searchOn(page, base(), '发展');
    expect(all.hits.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('button.search-more').count()).toBe(0);
    expect(all.status).not.toContain('已查看');

    const first = await searchOn(page, base(), '发展', { batch: '1' });
    expect(first.hits).toEqual(all.hits.slice(0, 1));
    expect(first.status).toContain(`已查看 ${all.hits.length} 篇候选报告中的 1 篇。`);
    const button = page.locator('button.search-more');
    expect(await button.getAttribute('type')).toBe('button');
    expect(await button.textContent()).toBe('显示更多结果');
    if (mode === 'http') {
      const axe = await new AxeBuilder({ page }).include('.page').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }

    let shown = first;
    while ((await button.count()) > 0) {
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (count) => document.querySelectorAll('.search-hit').length > count && document.querySelector('[data-search-results][data-search-done]'),
        shown.hits.length,
      );
      const next = await shownResults(page);
      // Appended: what was shown stays, in place, and one more report follows.
      expect(next.hits.slice(0, shown.hits.length)).toEqual(shown.hits);
      expect(next.hits).toHaveLength(shown.hits.length + 1);
      expect(next.status).toContain(`找到 ${next.hits.length} 篇报告。`);
      // The keyboard goes on from the first new result.
      const focused = await page.evaluate(() => document.activeElement?.closest('.search-hit')?.getAttribute('data-search-path'));
      expect(focused).toBe(next.hits.at(-1)!.path);
      shown = next;
    }
    expect(shown).toEqual(all);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });
});
