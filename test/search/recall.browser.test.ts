/**
 * Search recall, measured: for every term below, which reports contain it is derived from the
 * ingest pipeline's cleaned text (corpus-text.ts); the built search page, in headless Chromium,
 * must return every one of them (recall 1.0), only reports that contain it, and point each result
 * at paragraphs or headings that contain it. Over http and from file://, with the same results.
 * Queries typed without a Chinese keyboard (English place names, pinyin: latin-queries.ts) must
 * also say which Chinese they were searched as.
 */
import { pathToFileURL } from 'node:url';
import { Converter } from 'opencc-js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadGlossary, loadIndicators } from '../../src/lib/curated-data.ts';
import { launchChromium, type Launched } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { formatTroubles, watchPage, type PageWatch } from '../helpers/watch.ts';
import { anchorsHolding, frontHolds, loadCorpusText, reportHolds, type ReportText } from './corpus-text.ts';
import { placeQueries, placesOf, pinyinQueries } from './latin-queries.ts';
import { searchOn, type ShownResults } from './search-page.ts';

interface Case {
  query: string;
  /** What a report must contain to be expected: the query itself unless said otherwise. */
  phrases: string[];
  why: string;
  /** For a Latin query read as Chinese: the Chinese the page must say it searched for. */
  searched?: string;
}

const latinKinds = ['English place name', 'place in pinyin', 'term in pinyin', 'word in pinyin'];

const unique = <T,>(items: T[]) => [...new Set(items)];
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

/**
 * The `count` terms a word segmenter splits most (the hardest for a word index), among those some
 * report contains; BAOGAO_SEARCH_ALL=1 takes them all (about 160 more searches per mode).
 */
function hardest(terms: string[], corpus: ReportText[], count: number): string[] {
  const present = terms.filter((term) => corpus.some((report) => reportHolds(report, [term])));
  const ranked = present.map((term, order) => ({ term, order, words: words(term) })).sort((a, b) => b.words - a.words || a.order - b.order);
  return (process.env['BAOGAO_SEARCH_ALL'] ? ranked : ranked.slice(0, count)).map(({ term }) => term);
}

function buildCases(corpus: ReportText[]): Case[] {
  const indicators = loadIndicators();
  const glossary = loadGlossary();
  const chinese = unique([
    // The issue's own examples, not whole words to a segmenter.
    '旧区改造',
    '实事项目',
    // Districts, short and full, and places that stand inside longer phrases (漕河泾开发区, 徐家汇商圈).
    '徐汇', '徐汇区', '静安', '静安区', '上城', '上城区', '漕河泾', '徐家汇', '滨江',
    ...hardest(glossary.flatMap((term) => [term.term, ...term.aliases]).filter((term) => !/[“”"]/.test(term)), corpus, 15),
    ...hardest(indicators.map((indicator) => indicator.label), corpus, 12),
  ]);
  const cases: Case[] = chinese.map((query) => ({ query, phrases: [query], why: 'Chinese term' }));
  // English indicator names: a report is expected when it states the indicator in any of its names.
  const namesOf = (ids: string[]) =>
    indicators.filter((i) => ids.includes(i.id)).flatMap((i) => [i.label, ...i.synonyms]).filter(hasHan);
  cases.push(
    { query: 'GDP', phrases: ['GDP', ...namesOf(['gdp'])], why: 'English name' },
    { query: 'fiscal revenue', phrases: namesOf(['district-fiscal-revenue', 'total-fiscal-revenue', 'local-fiscal-revenue']), why: 'English name' },
    { query: 'retail sales', phrases: namesOf(['retail-sales']), why: 'English name' },
    { query: 'Investment in Fixed Assets', phrases: namesOf(['fixed-asset-investment']), why: 'English name' },
  );
  // Typed in traditional script: the reports are shown (and indexed) in simplified script.
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  for (const term of ['旧区改造', '实事项目', '区级财政收入', '社会消费品零售总额', '徐汇区', '养老']) {
    const traditional = toTraditional(term);
    if (traditional !== term) cases.push({ query: traditional, phrases: [term], why: 'traditional query' });
  }
  // Without a Chinese keyboard: every place of the site in English and pinyin, terms and words in pinyin.
  cases.push(...placesOf(corpus).flatMap(placeQueries), ...pinyinQueries(corpus, glossary, indicators, { count: 24, ordinary: 16 }));
  return cases.filter((c) => corpus.some((report) => reportHolds(report, c.phrases)));
}

/** What is wrong with the results shown for one case; empty when all is well. */
function problems(c: Case, corpus: ReportText[], shown: ShownResults): string[] {
  const out: string[] = [];
  if (c.searched !== undefined && !new RegExp(`→ [^。]*${c.searched}`).test(shown.status)) {
    out.push(`${c.query} (${c.why}): the page does not say it searched ${c.searched}: ${shown.status}`);
  }
  const bySlug = new Map(corpus.map((r) => [`reports/${r.slug}.html`, r]));
  const returned = new Map(shown.hits.map((hit) => [hit.path, hit]));
  for (const report of corpus.filter((r) => reportHolds(r, c.phrases))) {
    const path = `reports/${report.slug}.html`;
    const hit = returned.get(path);
    if (!hit) {
      out.push(`${c.query} (${c.why}): missed ${path}`);
      continue;
    }
    const holding = anchorsHolding(report, c.phrases);
    if (hit.anchors.length === 0) out.push(`${c.query}: ${path} has no link to a paragraph`);
    for (const anchor of hit.anchors) {
      const ok = anchor === '' ? frontHolds(report, c.phrases) : holding.has(anchor);
      if (!ok) out.push(`${c.query}: ${path}#${anchor} does not contain ${c.phrases.join('/')}`);
    }
    if (holding.size > 0 && !hit.anchors.some((anchor) => holding.has(anchor))) {
      out.push(`${c.query}: ${path} links to no paragraph of the ${holding.size} that contain it`);
    }
  }
  for (const hit of shown.hits) {
    const report = bySlug.get(hit.path);
    if (!report || !reportHolds(report, c.phrases)) out.push(`${c.query}: returned ${hit.path}, which does not contain it`);
  }
  return out;
}

let corpus: ReportText[];
let cases: Case[];
let server: StaticServer;
let chromium: Launched<BrowserContext>;
const shownBy: Record<'http' | 'file', Map<string, ShownResults>> = { http: new Map(), file: new Map() };

beforeAll(async () => {
  corpus = await loadCorpusText();
  cases = buildCases(corpus);
  server = await serveStatic(distDir);
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

test('the measured terms: at least 30 typed in Chinese and 60 without, of every kind, each contained in some report', () => {
  expect(cases.filter((c) => !latinKinds.includes(c.why)).length).toBeGreaterThanOrEqual(30);
  expect(cases.filter((c) => latinKinds.includes(c.why)).length).toBeGreaterThanOrEqual(60);
  const kinds = new Set(cases.map((c) => c.why));
  expect([...kinds].sort()).toEqual(['Chinese term', 'English name', 'traditional query', ...latinKinds].sort());
  expect(corpus.some((report) => report.convertedFromTraditional)).toBe(true);
});

test('every district, city and province of the site is among the queries, by its English name and by pinyin', () => {
  for (const place of placesOf(corpus)) {
    const queries = cases.filter((c) => c.phrases.includes(place.name) || c.searched === place.name);
    const english = cases.filter((c) => c.why === 'English place name' && c.query === place.nameEn);
    expect(english.length, place.name).toBe(1);
    expect(queries.some((c) => c.why === 'place in pinyin'), place.name).toBe(true);
  }
});

describe.each(['http', 'file'] as const)('search over %s', (mode) => {
  let page: Page;
  let watch: PageWatch;
  const base = () => (mode === 'http' ? server.url : pathToFileURL(`${distDir}/`).href);

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    watch = watchPage(page);
  });

  test('returns every report that contains each term, pointing at paragraphs that contain it', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const shown = await searchOn(page, base(), c.query);
      shownBy[mode].set(c.query, shown);
      failures.push(...problems(c, corpus, shown));
    }
    expect(failures).toEqual([]);
    expect(formatTroubles(await watch.collect())).toEqual([]);
  }, 1_800_000);

  test('a simplified query finds text that was traditional in the source', () => {
    const converted = corpus.filter((report) => report.convertedFromTraditional);
    const found = cases.filter((c) => c.why === 'Chinese term' && converted.some((r) => reportHolds(r, c.phrases)));
    expect(found.length).toBeGreaterThan(5);
    for (const c of found) {
      const paths = shownBy[mode].get(c.query)?.hits.map((hit) => hit.path) ?? [];
      for (const report of converted.filter((r) => reportHolds(r, c.phrases))) expect(paths).toContain(`reports/${report.slug}.html`);
    }
  });
});

test('the offline search gives the same results as the online one', () => {
  expect(shownBy.file.size).toBe(cases.length);
  for (const c of cases) expect(shownBy.file.get(c.query), c.query).toEqual(shownBy.http.get(c.query));
});
