/**
 * Checks over every HTML page of the built site (dist/), each check one small function from
 * test/helpers/checks. A failure lists every page and problem found, not only the first.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import {
  checkCsp,
  checkHeadings,
  checkHtmlValidate,
  checkInternalLinks,
  checkLang,
  checkNotes,
  checkReachable,
  checkScriptBudget,
  checkSearchLink,
  checkUniqueIds,
  checkButtonsOutsideForms,
  formatProblems,
  type Problem,
} from '../helpers/checks/index.ts';
import type { HtmlPage } from '../helpers/html.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';
import { diskSite } from '../helpers/site.ts';

const site = diskSite(distDir);
const pages = site.pages();
const siteOrigins = config.site ? [new URL(config.site).origin] : [];
const ofType = (folder: string) => pages.filter((page) => page.path.startsWith(`${folder}/`));

/** Issue 5: a report page ships at most 15 KB (gzip) of JavaScript before search is opened. */
const reportScriptBudget = 15 * 1024;

describe('the built site', () => {
  test('has every page type', () => {
    const paths = pages.map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'about.html', 'search.html', '404.html']));
    for (const folder of ['reports', 'districts', 'years', 'indicators']) {
      expect(ofType(folder).length, `pages in dist/${folder}/`).toBeGreaterThan(0);
    }
  });

  test('has one report page for each generated report', () => {
    const generated = readdirSync(`${repoRoot}/content/reports`).filter((name) => name.endsWith('.mdx'));
    expect(ofType('reports').length).toBe(generated.length);
  });

  test('every page is reachable by links from the home page (except 404.html)', () => {
    expect(formatProblems(checkReachable(site))).toEqual([]);
  });
});

const perPage: Array<[string, (page: HtmlPage) => Problem[] | Promise<Problem[]>]> = [
  ['ids are unique on the page', checkUniqueIds],
  ['internal links are relative, name files and their fragments exist', (page) => checkInternalLinks(page, site, siteOrigins)],
  ['every metric and popover trigger has its note', (page) => checkNotes(page)],
  ['headings: one h1, no skipped levels', checkHeadings],
  ['<html lang> is set and every lang is well formed', checkLang],
  ['links to the search page with rel="search"', (page) => checkSearchLink(page)],
  ['has a hash-based Content-Security-Policy', checkCsp],
  ['html-validate is clean', (page) => checkHtmlValidate(page)],
  ['no button without type inside a form', checkButtonsOutsideForms],
];

describe.each(perPage)('on every page: %s', (_name, check) => {
  test(`${pages.length} pages`, async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems = (await Promise.all(pages.map(check))).flat();
    expect(formatProblems(problems)).toEqual([]);
  });
});

describe('the search page', () => {
  // Pinyin and place names add nothing here: their reader, places and lexicon load only for a Latin query.
  test(`loads at most ${reportScriptBudget} bytes of gzipped JavaScript up front, like a report page`, () => {
    const search = pages.filter((page) => page.path === 'search.html');
    expect(search).toHaveLength(1);
    expect(formatProblems(search.flatMap((page) => checkScriptBudget(page, site, distDir, reportScriptBudget)))).toEqual([]);
  });
});

describe('on every report page', () => {
  test(`loads at most ${reportScriptBudget} bytes of gzipped JavaScript up front`, () => {
    const problems = ofType('reports').flatMap((page) => checkScriptBudget(page, site, distDir, reportScriptBudget));
    expect(formatProblems(problems)).toEqual([]);
  });

  test('marks metrics in the text, each with a note', () => {
    const withMetrics = ofType('reports').filter((page) => page.source.includes('popovertarget'));
    expect(withMetrics.length, 'report pages with metric notes').toBeGreaterThan(0);
  });
});
