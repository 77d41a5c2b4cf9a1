/**
 * runSearch reads Pagefind's candidates in batches, best first, and stops at a screenful of hits.
 * A fake PagefindApi stands in for Pagefind: its `search` returns, like Pagefind, every page that
 * holds each query word's characters somewhere (a superset of the pages holding the phrase), in the
 * order the pages were given, and counts the fragments (`data()`) read.
 */
import { describe, expect, test } from 'vitest';
import { runSearch, type PagefindApi, type PagefindPageData, type SearchOutcome } from '../../src/search/core/run.ts';

interface FakePage {
  path: string;
  /** The paragraph's words (as Pagefind's segmenter would index them). */
  words: string[];
  filters?: Record<string, string[]>;
}

function indexed(page: FakePage): PagefindPageData {
  return {
    url: `/${page.path}`,
    raw_url: `/${page.path}`,
    meta: { title: page.path },
    filters: page.filters ?? {},
    raw_content: page.words.join('\u200B'),
    content: page.words.join(''),
    anchors: [{ element: 'p', id: 's1-p1', location: 0, text: page.words.join('') }],
  };
}

function fakePagefind(pages: FakePage[]) {
  const reads: string[] = [];
  const searches: Array<{ term: string; filters?: Record<string, string[]> }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const api: PagefindApi = {
    async search(term, options) {
      searches.push({ term, ...(options?.filters ? { filters: options.filters } : {}) });
      const words = term.split(' ');
      const results = pages
        .filter((page) => words.every((word) => [...word].every((char) => page.words.join('').includes(char))))
        .filter((page) => Object.entries(options?.filters ?? {}).every(([name, values]) => values.every((v) => page.filters?.[name]?.includes(v))))
        .map((page, rank) => ({
          id: page.path,
          score: 1 / (rank + 1),
          data: async () => {
            reads.push(page.path);
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 1));
            inFlight--;
            return indexed(page);
          },
        }));
      return { results };
    },
    async filters() {
      return {};
    },
  };
  return { api, reads, searches, maxInFlight: () => maxInFlight };
}

/** Two characters a word, as a stand-in for Intl.Segmenter. */
const segment = (phrase: string) => phrase.match(/.{1,2}/gu) ?? [];

const holding = (count: number, words: string[], prefix = 'reports/p') =>
  Array.from({ length: count }, (_, i) => ({ path: `${prefix}${String(i).padStart(3, '0')}.html`, words }));

const paths = (outcome: SearchOutcome) => outcome.hits.map((hit) => hit.path);

describe('runSearch in batches', () => {
  test('a query with many candidates reads only the first batch, concurrently, and says how far it got', async () => {
    const fake = fakePagefind(holding(100, ['扩大', '就业', '。']));
    const outcome = await runSearch(fake.api, { alternatives: [['就业']], segment, batchSize: 20, screenful: 10 });
    expect(fake.reads).toHaveLength(20);
    expect(fake.maxInFlight()).toBe(20);
    expect(outcome).toMatchObject({ candidates: 100, total: 100, read: 20, loose: false });
    // Best first: Pagefind's order.
    expect(paths(outcome)).toEqual(holding(20, []).map((p) => p.path));
    expect(outcome.hits[0]!.matches[0]).toMatchObject({ anchor: 's1-p1', excerpts: [{ match: '就业' }] });
    expect(outcome.more).toBeTypeOf('function');
  });

  test('more() goes on where the last read stopped, never reading a page twice, until the candidates run out', async () => {
    const fake = fakePagefind(holding(45, ['扩大', '就业', '。']));
    let outcome = await runSearch(fake.api, { alternatives: [['就业']], segment, batchSize: 20, screenful: 10 });
    const seen = [paths(outcome)];
    while (outcome.more) {
      outcome = await outcome.more();
      seen.push(paths(outcome));
    }
    expect(seen.map((list) => list.length)).toEqual([20, 40, 45]);
    // Each outcome starts with the hits already shown.
    expect(seen[1]!.slice(0, 20)).toEqual(seen[0]);
    expect(fake.reads).toHaveLength(45);
    expect(new Set(fake.reads).size).toBe(45);
    expect(outcome).toMatchObject({ candidates: 45, read: 45, loose: false });
    expect(outcome.more).toBeUndefined();
  });

  test('reads further batches until a screenful of exact hits when few candidates hold the phrase', async () => {
    // Every candidate has 旧, 区 and 改造; only every fifth has 旧区改造 as written.
    const pages = Array.from({ length: 100 }, (_, i) => ({
      path: `reports/p${String(i).padStart(3, '0')}.html`,
      words: i % 5 === 0 ? ['加快', '旧区', '改造'] : ['危旧房', '改造', '区内'],
    }));
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.api, { alternatives: [['旧区改造']], segment, batchSize: 20, screenful: 10 });
    // 4 exact hits a batch: 3 batches for 10.
    expect(fake.reads).toHaveLength(60);
    expect(outcome.hits).toHaveLength(12);
    expect(outcome.hits.every((hit) => hit.exact)).toBe(true);
    expect(outcome.read).toBe(60);
    const next = await outcome.more!();
    expect(next.hits).toHaveLength(20);
    expect(next.more).toBeUndefined();
  });

  test('two concurrent more() calls read one after the other, each page once', async () => {
    const fake = fakePagefind(holding(60, ['扩大', '就业']));
    const outcome = await runSearch(fake.api, { alternatives: [['就业']], segment, batchSize: 20, screenful: 10 });
    const [a, b] = await Promise.all([outcome.more!(), outcome.more!()]);
    expect([a.hits.length, b.hits.length]).toEqual([40, 60]);
    expect(new Set(fake.reads).size).toBe(fake.reads.length);
  });

  test('the words-anywhere fallback comes only when no candidate holds the query as written', async () => {
    const pages = [
      ...holding(30, ['旧区', '的', '危房', '改造'], 'reports/loose'),
      { path: 'reports/other.html', words: ['城中村'] },
    ];
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.api, { alternatives: [['旧区改造']], segment, batchSize: 20, screenful: 10 });
    expect(outcome.loose).toBe(true);
    expect(outcome.hits).toHaveLength(20);
    expect(outcome.hits.every((hit) => !hit.exact)).toBe(true);
    expect(fake.searches.map((s) => s.term)).toEqual(['旧区改造', '旧区 改造']);
    // Every exact candidate was read before giving up on the phrase; the loose pass reuses them.
    expect(fake.reads).toHaveLength(30);
    const rest = await outcome.more!();
    expect(rest).toMatchObject({ loose: true, read: 30, candidates: 30 });
    expect(rest.hits).toHaveLength(30);
    expect(rest.more).toBeUndefined();
    expect(new Set(fake.reads).size).toBe(30);
    expect(fake.reads).toHaveLength(30);
  });

  test('one exact hit deep in the candidates is found, and then there is no fallback', async () => {
    const pages = [...holding(50, ['危旧房', '区内', '改造']), { path: 'reports/exact.html', words: ['旧区', '改造'] }];
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.api, { alternatives: [['旧区改造']], segment, batchSize: 20, screenful: 10 });
    expect(paths(outcome)).toEqual(['reports/exact.html']);
    expect(outcome).toMatchObject({ loose: false, read: 51, candidates: 51 });
    expect(outcome.more).toBeUndefined();
    expect(fake.searches).toHaveLength(1);
  });

  test('filters go to every Pagefind search, and only the filtered pages are read', async () => {
    const pages = holding(40, ['就业']).map((page, i) => ({ ...page, filters: { year: [i % 2 ? '2014' : '2015'] } }));
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.api, { alternatives: [['就业']], filters: { year: ['2014'] }, segment, batchSize: 20, screenful: 10 });
    expect(fake.searches).toEqual([{ term: '就业', filters: { year: ['2014'] } }]);
    expect(outcome.candidates).toBe(20);
    expect(outcome.hits.every((hit) => hit.filters['year']?.[0] === '2014')).toBe(true);
    expect(outcome.more).toBeUndefined();
  });

  test('alternatives are read rank by rank; a page found by two is read once and listed once', async () => {
    const pages = [
      { path: 'reports/both.html', words: ['GDP', '即', '生产', '总值'] },
      ...holding(30, ['地区', '生产', '总值'], 'reports/zh'),
    ];
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.api, { alternatives: [['GDP'], ['生产总值']], segment, batchSize: 20, screenful: 10 });
    expect(fake.reads.filter((path) => path === 'reports/both.html')).toHaveLength(1);
    expect(paths(outcome).filter((path) => path === 'reports/both.html')).toHaveLength(1);
    const both = outcome.hits.find((hit) => hit.path === 'reports/both.html')!;
    // Matches merge by block, as before batching: one paragraph, linked once.
    expect(both.matches.map((match) => match.anchor)).toEqual(['s1-p1']);
    expect(outcome).toMatchObject({ candidates: 31, read: 20 });
  });

  test('maxPages caps the candidates read; total still counts what Pagefind returned', async () => {
    const fake = fakePagefind(holding(30, ['就业']));
    let outcome = await runSearch(fake.api, { alternatives: [['就业']], segment, batchSize: 20, screenful: 10, maxPages: 25 });
    while (outcome.more) outcome = await outcome.more();
    expect(outcome).toMatchObject({ candidates: 25, total: 30, read: 25 });
    expect(fake.reads).toHaveLength(25);
  });
});
