/**
 * Every page type in headless Chromium: it opens with no console error, failed request or CSP
 * violation, axe finds no serious or critical violation (light and dark), it fits a 360 px phone,
 * and a crawl of the whole site over http finds no broken link and no trouble on any page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawl, playwrightVisitor } from '../helpers/crawler.ts';
import { distDir } from '../helpers/paths.ts';
import { pickSamples } from '../helpers/samples.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { diskSite } from '../helpers/site.ts';
import { formatTroubles, watchPage, type PageTrouble } from '../helpers/watch.ts';

const samples = pickSamples(diskSite(distDir));
const pageTypes = Object.entries(samples);

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession();
});
afterAll(async () => session?.close());

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')})`);
}

describe.each(pageTypes)('the %s page (%s)', (_type, path) => {
  test('opens with a title and one visible h1, and no console error, failed request or CSP violation', async () => {
    const { page, watch } = await session.open(path);
    expect(await page.title()).not.toBe('');
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });

  test('has no serious or critical axe violation, in light and in dark mode', async () => {
    const { page } = await session.open(path);
    expect(await seriousAxeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page), 'dark').toEqual([]);
    await page.close();
  });

  test('fits a 360 px wide phone without sideways scrolling', async () => {
    const { page } = await session.open(path);
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    // Name the elements that stick out, for the failure message.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter((element) => element.checkVisibility())
        // Inside a scrolling box (a wide table's wrapper) sticking out is fine: the box scrolls, not the page.
        .filter((element) => {
          for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(box).overflowX)) return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> right=${Math.round(element.getBoundingClientRect().right)}`),
    );
    expect(overflow, `page scrolls sideways by ${overflow}px: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    await page.close();
  });
});

test('a missing page gets the 404 page with status 404', async () => {
  const { page, watch } = await session.open('reports/no-such-report.html', { expected404: true });
  expect(await page.locator('h1').textContent()).toBeTruthy();
  expect(await page.locator('a[href$="index.html"]').count()).toBeGreaterThan(0);
  expect(formatTroubles(await watch.collect())).toEqual([]);
  await page.close();
});

test('a crawl of the whole site over http finds no broken link, and no page has a trouble', async () => {
  const page = await session.context.newPage();
  const troubles: PageTrouble[] = [];
  const watch = watchPage(page);
  const visit = playwrightVisitor(page);
  const result = await crawl(session.url('index.html'), async (url) => {
    const visited = await visit(url);
    troubles.push(...(await watch.collect()));
    watch.troubles.length = 0;
    return visited;
  });
  expect(result.broken).toEqual([]);
  expect(formatTroubles(troubles)).toEqual([]);
  expect(result.visited.length).toBe(diskSite(distDir).pages().length - 1); // all but 404.html
  await page.close();
});
