/**
 * Targets and outcomes on the site, in headless Chromium, on a build whose corpus has consecutive
 * reports (scripts/targets-site.ts: the seeds plus Shangcheng 2016 and Xuhui 2015): the report
 * page's 上年目标完成情况 links both paragraphs, the district page counts met and missed per year,
 * the indicator page charts targets against outcomes with a table under it, and all of it works
 * opened from disk, passes axe in light and dark, and fits a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTargetsSite } from '../../scripts/targets-site.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { formatTroubles } from '../helpers/watch.ts';

let session: SiteSession;
let dist: string;
beforeAll(async () => {
  dist = buildTargetsSite();
  session = await startSiteSession({}, dist);
}, 600_000);
afterAll(async () => session?.close());

const report = 'reports/hangzhou-shangcheng-2016.html';
const district = 'districts/shanghai-xuhui.html';
const indicator = 'indicators/gdp.html';

async function rowOf(page: Page, scope: string, label: string) {
  const row = page.locator(`${scope} tbody tr`).filter({ has: page.locator('th', { hasText: label }) }).first();
  return {
    cells: (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/gu, ' ').trim()),
    links: await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  };
}

describe('the report page', () => {
  test('上年目标完成情况 sets the previous report’s targets against this report’s outcomes, linking both paragraphs', async () => {
    const { page, watch } = await session.open(report);
    const block = page.locator('section.previous-targets');
    await expect.poll(() => block.locator('h2').innerText()).toBe('上年目标完成情况');
    expect(await block.locator('p').first().innerText()).toContain('的目标:完成 6 项,未完成 0 项');
    const gdp = await rowOf(page, 'section.previous-targets', '地区生产总值');
    expect(gdp.cells).toEqual(['增长7.5%', '增长9.2% ✓ 完成']);
    expect(gdp.links).toEqual(['hangzhou-shangcheng-2015.html#s2-p7', '#s1-p1']);
    // Both links land on their paragraph, which states the figure.
    await page.locator('section.previous-targets a[href="#s1-p1"]').first().click();
    expect(await page.locator('#s1-p1').innerText()).toContain('同比增长9.2%');
    await page.goto(session.url(`reports/${gdp.links[0]}`));
    expect(await page.locator('#s2-p7').innerText()).toContain('地区生产总值增长7.5%');
    expect(formatTroubles(await watch.collect())).toEqual([]);
    await page.close();
  });

  test('a missed target says by how much, and an estimate says 预计', async () => {
    const { page } = await session.open('reports/shanghai-xuhui-2015.html');
    const gdp = await rowOf(page, 'section.previous-targets', '地区生产总值');
    expect(gdp.cells).toEqual(['增长8%', '预计增长7.5% ✗ 未完成 差0.5个百分点']);
    await page.close();
  });

  test('a report with no previous report in the corpus has no such block', async () => {
    const { page } = await session.open('reports/shanghai-jing-an-2018.html');
    expect(await page.locator('section.previous-targets').count()).toBe(0);
    await page.close();
  });
});

test('the district page has a table per year and the met/missed count', async () => {
  const { page, watch } = await session.open(district);
  const section = page.locator('section.district-targets');
  expect(await section.locator('.lead-count').innerText()).toMatch(/完成 0 项 · 未完成 1 项/u);
  expect(await section.locator('h3').allInnerTexts()).toEqual(['2014年 完成 0 · 未完成 1', '2025年 完成 0 · 未完成 0']);
  const unemployment = await rowOf(page, 'section.district-targets', '城镇登记失业人数');
  expect(unemployment.cells).toEqual(['20,600人以内', '— 未说明结果']);
  const relative = await rowOf(page, 'section.district-targets section:nth-of-type(2)', '地区生产总值');
  expect(relative.cells).toEqual(['与全市保持同步', '— 尚无回顾']);
  expect(formatTroubles(await watch.collect())).toEqual([]);
  await page.close();
});

test('the indicator page charts targets against outcomes, bound shown, with the table under the chart', async () => {
  const { page } = await session.open(indicator);
  const chart = page.locator('figure.target-chart');
  expect(await chart.locator('svg title').textContent()).toContain('上城区 2015年:目标7.5,结果9.2,完成');
  expect(await chart.locator('g.row').count()).toBe(2);
  // A bare figure is drawn as a tick with an arrow (at least); an estimate's dot is hollow.
  expect(await chart.locator('g.row .arrow').count()).toBe(2);
  expect(await chart.locator('g.status-missed .outcome.hollow').count()).toBe(1);
  const table = page.locator('figure.target-chart + .table-wrap table');
  expect(await table.locator('tbody tr').count()).toBe(3);
  expect(await table.locator('tbody tr').allInnerTexts()).toContainEqual(expect.stringContaining('与全市保持同步'));
  await page.close();
});

describe.each([report, district, indicator])('%s', (file) => {
  test('passes axe (no serious or critical violation) in light and dark, and fits a 360 px phone', async () => {
    const { page } = await session.open(file);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), scheme).toEqual([]);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('works opened from disk: its target links resolve to files, with no module script', async () => {
    const page = await session.context.newPage();
    await page.goto(pathToFileURL(path.join(dist, file)).href);
    expect(await page.locator('script[type="module"]').count()).toBe(0);
    const hrefs = await page.locator('.target-table a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith('file://'), href).toBe(true);
    const first = hrefs.find((h) => !h.includes(`${file}#`));
    if (first) {
      await page.goto(first);
      expect(await page.locator('h1').count()).toBe(1);
    }
    await page.close();
  });
});
