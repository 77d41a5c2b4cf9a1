/**
 * What readers and educators do, in headless Chromium: follow cross-links between reports,
 * districts and indicators; copy a paragraph's link and open it; open a metric note with the
 * keyboard; switch to dark mode; print.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../helpers/paths.ts';
import { pickSamples } from '../helpers/samples.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { diskSite } from '../helpers/site.ts';
import { formatTroubles } from '../helpers/watch.ts';

const samples = pickSamples(diskSite(distDir));
/** Paragraph anchors: `s1-p2`, `s1-3-p2`, `a1-p3`, `c-p1`. */
const paragraphId = /^(s\d+(-\d+)?|a\d+|c)-p\d+$/;

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.server.url).origin });
});
afterAll(async () => session?.close());

/** Path of the current page inside the site, with its fragment. */
const sitePath = (page: Page) => page.url().slice(session.server.url.length);

/** Clicks the first visible link whose href matches, other than to `avoid`, and waits for the page. */
async function follow(page: Page, hrefPattern: RegExp, avoid?: string): Promise<void> {
  const links = page.locator('main a[href]');
  const count = await links.count();
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    const href = (await link.getAttribute('href')) ?? '';
    if (!hrefPattern.test(href) || !(await link.isVisible())) continue;
    const target = new URL(href, page.url()).href.replace(/#.*$/, '');
    if (avoid && target === session.url(avoid)) continue;
    await Promise.all([page.waitForURL((url) => url.href.startsWith(target)), link.click()]);
    return;
  }
  throw new Error(`${sitePath(page)}: no visible link in <main> matching ${hrefPattern}${avoid ? ` other than to ${avoid}` : ''}`);
}

/** The element the URL's fragment targets, as the browser sees it (`:target`). */
const targetId = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id ?? null);

/** What makes an element look highlighted: background, outline and shadow. */
const highlightStyle = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.backgroundColor, style.outlineStyle, style.outlineColor, style.boxShadow, style.borderLeftColor].join(' | ');
  });

describe('cross-links', () => {
  test('report → its district → another report of the district', async () => {
    const { page, watch } = await session.open(samples.report);
    await follow(page, /(^|\/)districts\/[^/]+\.html(#.*)?$/);
    expect(sitePath(page)).toMatch(/^districts\//);
    await follow(page, /(^|\/)reports\/[^/]+\.html(#.*)?$/, samples.report);
    expect(sitePath(page)).toMatch(/^reports\//);
    expect(sitePath(page)).not.toBe(samples.report);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });

  test('report → a metric note → its indicator → a year of it → the paragraph that states it, highlighted', async () => {
    const { page, watch } = await session.open(samples.report);
    // The first figure whose note links to an indicator page (not every figure has a known indicator).
    const noteId = await page.evaluate(() =>
      [...document.querySelectorAll('main [popovertarget]')]
        .map((trigger) => trigger.getAttribute('popovertarget') ?? '')
        .find((id) => document.getElementById(id)?.querySelector('a[href*="indicators/"]')),
    );
    expect(noteId, 'a metric note with a link to its indicator').toBeTruthy();
    const trigger = page.locator(`main [popovertarget="${noteId}"]`).first();
    await trigger.click();
    const note = page.locator(`[id="${noteId}"]`);
    await expect.poll(() => note.isVisible()).toBe(true);
    const indicatorLink = note.locator('a[href*="indicators/"]').first();
    const indicatorHref = await indicatorLink.getAttribute('href');
    await Promise.all([page.waitForURL(/\/indicators\/[^/]+\.html$/), indicatorLink.click()]);
    expect(sitePath(page)).toBe(new URL(indicatorHref!, session.url(samples.report)).href.slice(session.server.url.length));
    // The indicator page has a page a report year; there an observation links to the exact paragraph of a report.
    await follow(page, /^[^/]+\/\d{4}\.html$/);
    expect(sitePath(page)).toMatch(/^indicators\/[^/]+\/\d{4}\.html$/);
    await follow(page, /(^|\/)reports\/[^/]+\.html#.+$/);
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toMatch(paragraphId);
    expect(await targetId(page)).toBe(id);
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });
});

describe('paragraph links', () => {
  test('the copy button of a paragraph copies its full URL; opening it targets and highlights the paragraph', async () => {
    const { page, watch } = await session.open(samples.report);
    const paragraph = page.locator('main p[id]').filter({ has: page.locator('[data-copy-link]') }).nth(1);
    const id = await paragraph.getAttribute('id');
    expect(id).toMatch(paragraphId);
    await paragraph.hover();
    const button = paragraph.locator('[data-copy-link]').first();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${session.url(samples.report)}#${id}`);
    const before = await highlightStyle(page, `[id="${id}"]`);

    const opened = await session.context.newPage();
    await opened.goto(copied, { waitUntil: 'load' });
    expect(await targetId(opened)).toBe(id);
    expect(await highlightStyle(opened, `[id="${id}"]`)).not.toBe(before);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await opened.close();
    await page.close();
  });

  test('each paragraph and heading has a ¶ link to itself that shows on keyboard focus', async () => {
    const { page } = await session.open(samples.report);
    const pilcrow = page.locator(`main p[id] a[href^="#"]`).first();
    const href = await pilcrow.getAttribute('href');
    const owner = await pilcrow.evaluate((a) => a.closest('[id]')?.id);
    expect(href).toBe(`#${owner}`);
    await pilcrow.focus();
    await expect
      .poll(() => pilcrow.evaluate((a) => Number(getComputedStyle(a).opacity) > 0.5 && getComputedStyle(a).visibility !== 'hidden'))
      .toBe(true);
    await page.close();
  });
});

describe('metric notes', () => {
  test('open with the keyboard: Tab reaches the figure, Enter opens its note, Escape closes it', async () => {
    const { page, watch } = await session.open(samples.report);
    const trigger = page.locator('main [popovertarget]:has(data)').first();
    const noteId = await trigger.getAttribute('popovertarget');
    // Focus what comes before the figure, then reach the figure with Tab, as a keyboard user does.
    await trigger.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(noteId);
    await page.keyboard.press('Enter');
    const note = page.locator(`[id="${noteId}"]`);
    await expect.poll(() => note.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await note.isVisible()).toBe(true);
    expect((await note.textContent())?.trim()).not.toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });
});

describe('dark mode', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  /** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  test('follows the system setting', async () => {
    const { page } = await session.open(samples.report);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(luminance(await background(page))).toBeGreaterThan(0.5);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(luminance(await background(page))).toBeLessThan(0.2);
    await page.close();
  });

  test('the toggle switches a light page to dark, and the choice holds on the next page', async () => {
    const { page, watch } = await session.open(samples.report);
    await page.emulateMedia({ colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    await toggle.click();
    await expect.poll(async () => luminance(await background(page))).toBeLessThan(0.2);
    await page.goto(session.url(samples.district), { waitUntil: 'load' });
    expect(luminance(await background(page))).toBeLessThan(0.2);
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(async () => luminance(await background(page))).toBeGreaterThan(0.5);
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });
});

describe('print', () => {
  test('hides navigation, the search form, the theme toggle and copy buttons', async () => {
    const { page } = await session.open(samples.report);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav', 'form[role="search"]', '[data-theme-toggle]', '[data-copy-link]']) {
      const visible = await page.locator(selector).evaluateAll((elements) =>
        elements.filter((element) => element.checkVisibility()).length,
      );
      expect(visible, `visible ${selector} in print`).toBe(0);
    }
    expect(await page.locator('main p[id]').first().isVisible()).toBe(true);
    await page.close();
  });
});
