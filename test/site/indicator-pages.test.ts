/**
 * Indicator pages stay bounded as the corpus grows (issue 7): `indicators/<id>.html` has one row a
 * report year and a capped list of districts, never the observations themselves; every observation
 * is on the page of its report's year (`indicators/<id>/<year>.html`), linked to its paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ReportData } from '../../src/model.ts';
import { indicatorDistrictsShown } from '../../src/lib/site-data.ts';
import { attribute, elements, type HtmlPage } from '../helpers/html.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';
import { projectKnowledge } from '../helpers/seeds.ts';
import { diskSite } from '../helpers/site.ts';
import { resolveLink } from '../helpers/urls.ts';

const site = diskSite(distDir);
const knowledge = await projectKnowledge();
const reports: ReportData[] = readdirSync(`${repoRoot}/content/reports`)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => parse(readFileSync(`${repoRoot}/content/reports/${name}`, 'utf8').split(/^---$/m)[1] ?? '') as ReportData);
const known = new Set(knowledge.indicators.map((i) => i.id));

/** Every figure of a known indicator that is not another figure's growth: what the indicator pages show. */
const observations = reports.flatMap((report) =>
  report.metrics
    .filter((m) => m.indicator !== undefined && known.has(m.indicator) && !m.growthOf)
    .map((m) => ({ indicator: m.indicator ?? '', year: report.year, target: `reports/${report.slug}.html#${m.anchor}` })),
);

/**
 * The section of targets against outcomes (issue 13) is bounded on its own (at most
 * `indicatorDistrictsShown` rows, two report links each); the counts below are of the rest.
 */
const targetsSection = (page: HtmlPage) =>
  elements(page.tree).find((element) => element.tagName === 'section' && attribute(element, 'aria-labelledby') === 'targets-title');
const outsideTargets = (page: HtmlPage) => {
  const section = targetsSection(page);
  const inside = new Set(section ? elements(section) : []);
  return elements(page.tree).filter((element) => !inside.has(element));
};

/** `path#fragment` of every internal link on a page (outside its targets section unless `all`). */
const links = (page: HtmlPage, all = false) =>
  (all ? elements(page.tree) : outsideTargets(page)).flatMap((element) => {
    if (element.tagName !== 'a') return [];
    const target = resolveLink(page.path, attribute(element, 'href') ?? '');
    return target.kind === 'internal' ? [`${target.path}${target.fragment === undefined ? '' : `#${target.fragment}`}`] : [];
  });

const indicatorPages = site.pages().filter((page) => /^indicators\/[^/]+\.html$/.test(page.path));
const yearPagesOf = (id: string) => site.pages().filter((page) => page.path.startsWith(`indicators/${id}/`));

describe('indicator pages', () => {
  test('the seeds have observations to check', () => {
    expect(observations.length).toBeGreaterThan(20);
    // A page for every indicator the corpus states or targets (a dictionary entry no report uses has none).
    const used = new Set([...observations.map((o) => o.indicator), ...reports.flatMap((r) => (r.targets ?? []).flatMap((t) => (t.indicator ? [t.indicator] : [])))]);
    expect(indicatorPages.map((p) => p.path).sort()).toEqual([...used].map((id) => `indicators/${id}.html`).sort());
  });

  test('an indicator page has one table row a report year, each linking its year page, and no more', () => {
    for (const page of indicatorPages) {
      const id = page.path.slice('indicators/'.length, -'.html'.length);
      const yearPages = yearPagesOf(id).map((p) => p.path).sort();
      const rows = outsideTargets(page).filter((element) => element.tagName === 'tr').length;
      const rowsWithHeader = yearPages.length === 0 ? 0 : yearPages.length + 1;
      expect(rows, `${page.path}: table rows`).toBe(rowsWithHeader);
      const linked = links(page).filter((link) => link.startsWith(`indicators/${id}/`));
      expect(linked.sort(), `${page.path}: links to its year pages`).toEqual(yearPages);
    }
  });

  test('an indicator page does not grow with its observations: at most two report links a year and a capped list of districts', () => {
    for (const page of indicatorPages) {
      const id = page.path.slice('indicators/'.length, -'.html'.length);
      const years = yearPagesOf(id).length;
      const own = observations.filter((o) => o.indicator === id).length;
      const reportLinks = links(page).filter((link) => link.startsWith('reports/')).length;
      const districtLinks = links(page).filter((link) => link.startsWith('districts/')).length;
      expect(reportLinks, `${page.path}: links to report paragraphs (${own} observations)`).toBeLessThanOrEqual(2 * years);
      expect(districtLinks, `${page.path}: links to districts`).toBeLessThanOrEqual(indicatorDistrictsShown);
      const section = targetsSection(page);
      if (section) {
        expect(elements(section).filter((e) => e.tagName === 'tr').length, `${page.path}: target rows`).toBeLessThanOrEqual(indicatorDistrictsShown + 1);
        const targetLinks = links(page, true).filter((link) => link.startsWith('reports/')).length - reportLinks;
        expect(targetLinks, `${page.path}: target links`).toBeLessThanOrEqual(2 * indicatorDistrictsShown);
      }
    }
    // The bound bites: the busiest indicator has more observations than its page has report links.
    const busiest = Math.max(...indicatorPages.map((page) => observations.filter((o) => `indicators/${o.indicator}.html` === page.path).length));
    const mostLinks = Math.max(...indicatorPages.map((page) => links(page).filter((link) => link.startsWith('reports/')).length));
    expect(busiest).toBeGreaterThan(mostLinks);
  });

  test('every observation is linked, at its paragraph, from the page of its indicator and report year', () => {
    const missing = observations.filter((o) => {
      const page = site.page(`indicators/${o.indicator}/${o.year}.html`);
      return !page || !links(page).includes(o.target);
    });
    expect(missing).toEqual([]);
  });

  test('a year page lists only its own year, with links to the neighbouring years and back to the indicator', () => {
    for (const page of indicatorPages) {
      const id = page.path.slice('indicators/'.length, -'.html'.length);
      const yearPages = yearPagesOf(id).sort((a, b) => a.path.localeCompare(b.path));
      yearPages.forEach((yearPage, at) => {
        const year = Number(yearPage.path.slice(-'0000.html'.length, -'.html'.length));
        const own = new Set(observations.filter((o) => o.indicator === id && o.year === year).map((o) => o.target));
        const reportLinks = links(yearPage).filter((link) => link.startsWith('reports/') && link.includes('#'));
        expect(reportLinks.filter((link) => !own.has(link)), `${yearPage.path}: links to other years' figures`).toEqual([]);
        const linked = links(yearPage);
        expect(linked).toContain(page.path);
        if (at > 0) expect(linked).toContain(yearPages[at - 1]?.path);
        if (at < yearPages.length - 1) expect(linked).toContain(yearPages[at + 1]?.path);
      });
    }
  });
});
