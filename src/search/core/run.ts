/**
 * One search, from the reader's query to result links: Pagefind finds candidate pages, `locate`
 * keeps the pages that contain what was asked and points at the paragraphs where it stands.
 *
 * A query is a list of alternatives (the query itself, plus Chinese names for an English query);
 * an alternative is a list of tokens (the query split at spaces), all of which a page must contain.
 * When no page contains an alternative's tokens as written, the words Pagefind's segmenter makes
 * of them are tried instead (all of them, anywhere in the page), and the results say so.
 */
import { locate, type IndexedPage, type Occurrence } from './locate.ts';

export interface PagefindPageData extends IndexedPage {
  url: string;
  raw_url?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The slice of Pagefind's JS API used here (the same in the bundled offline copy). */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PagefindPageData> }> } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchRequest {
  alternatives: string[][];
  filters?: Record<string, string[]>;
  /** Split a phrase into words as Pagefind does at query time (Intl.Segmenter for Chinese). */
  segment: (phrase: string) => string[];
  /** At most this many pages are read per alternative (Pagefind's best first). */
  maxPages?: number;
}

export interface PageMatch {
  anchor: string | undefined;
  section: Occurrence['section'];
  excerpts: Occurrence['excerpt'][];
}

export interface SearchHit {
  /** Site-root-relative path of the page, e.g. `reports/shanghai-xuhui-2014.html`. */
  path: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Blocks holding the match, best first (most tokens, then earliest). */
  matches: PageMatch[];
  /** True when the page contains every token as written; false for a words-anywhere match. */
  exact: boolean;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Pages Pagefind returned (for all alternatives, counted once). */
  candidates: number;
  /** Whether `hits` are words-anywhere matches because no page held the query as written. */
  loose: boolean;
}

const pathOf = (data: PagefindPageData) => (data.raw_url ?? data.url).replace(/^\/+/, '').replace(/[?#].*$/s, '');

/** The blocks of `page` that hold the tokens, best first; undefined when a token is missing. */
export function matchPage(page: IndexedPage, tokens: string[]): PageMatch[] | undefined {
  const byAnchor = new Map<string, { anchor: string | undefined; section: Occurrence['section']; tokens: Set<number>; excerpts: Occurrence['excerpt'][]; order: number }>();
  let order = 0;
  for (const [index, token] of tokens.entries()) {
    const occurrences = locate(page, token);
    if (occurrences.length === 0) return undefined;
    for (const occurrence of occurrences) {
      const key = occurrence.anchor ?? '';
      let block = byAnchor.get(key);
      if (!block) byAnchor.set(key, (block = { anchor: occurrence.anchor, section: occurrence.section, tokens: new Set(), excerpts: [], order: order++ }));
      if (!block.tokens.has(index)) block.excerpts.push(occurrence.excerpt);
      block.tokens.add(index);
    }
  }
  return [...byAnchor.values()]
    .sort((a, b) => b.tokens.size - a.tokens.size || a.order - b.order)
    .map(({ anchor, section, excerpts }) => ({ anchor, section, excerpts }));
}

async function candidates(api: PagefindApi, tokens: string[], request: SearchRequest) {
  const found = await api.search(tokens.join(' '), request.filters ? { filters: request.filters } : {});
  const results = (found?.results ?? []).slice(0, request.maxPages ?? 200);
  return Promise.all(results.map(async (result) => ({ id: result.id, data: await result.data() })));
}

export async function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  const alternatives = request.alternatives.map((tokens) => tokens.filter((t) => t.trim())).filter((tokens) => tokens.length > 0);
  const seen = new Set<string>();
  const hits = new Map<string, SearchHit>();
  const collect = async (tokensOf: (alternative: string[]) => string[], exact: boolean) => {
    for (const alternative of alternatives) {
      const tokens = tokensOf(alternative);
      if (tokens.length === 0) continue;
      for (const { id, data } of await candidates(api, tokens, request)) {
        seen.add(id);
        const path = pathOf(data);
        const matches = matchPage(data, tokens);
        if (!matches) continue;
        const previous = hits.get(path);
        if (previous) {
          previous.matches.push(...matches.filter((m) => !previous.matches.some((p) => p.anchor === m.anchor)));
          continue;
        }
        hits.set(path, { path, title: data.meta['title'] ?? path, meta: data.meta, filters: data.filters, matches, exact });
      }
    }
  };
  await collect((alternative) => alternative, true);
  let loose = false;
  if (hits.size === 0) {
    loose = true;
    await collect((alternative) => alternative.flatMap((token) => request.segment(token)), false);
  }
  return { hits: [...hits.values()], candidates: seen.size, loose };
}
