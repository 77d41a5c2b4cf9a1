/**
 * One search, from the reader's query to result links: Pagefind finds candidate pages, `locate`
 * keeps the pages that contain what was asked and points at the paragraphs where it stands.
 *
 * A query is a list of alternatives (the query itself, plus Chinese names for an English query);
 * an alternative is a list of tokens (the query split at spaces), all of which a page must contain.
 * When no page contains an alternative's tokens as written, the words Pagefind's segmenter makes
 * of them are tried instead (all of them, anywhere in the page), and the results say so.
 *
 * Reading a candidate costs a fetch (its Pagefind fragment), so candidates are read in batches,
 * best first, and a search stops once it has a screenful of hits; `more()` reads on from there.
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
  /** At most this many candidates are considered per alternative (Pagefind's best first). 200 by default. */
  maxPages?: number;
  /** Candidates read at a time (their fragments fetched concurrently). 20 by default. */
  batchSize?: number;
  /** A search (and each `more()`) reads batches until it has this many new hits or runs out. 10 by default. */
  screenful?: number;
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
  /** Every hit so far, in the order found (a `more()` outcome repeats the earlier ones first). */
  hits: SearchHit[];
  /** Candidate pages to read (for all alternatives, counted once, at most `maxPages` per alternative). */
  candidates: number;
  /** Candidate pages Pagefind returned before `maxPages` was applied (counted once). */
  total: number;
  /** Candidate pages read so far (each fragment fetched once). */
  read: number;
  /** Whether `hits` are words-anywhere matches because no page held the query as written. */
  loose: boolean;
  /** Reads the next candidates until another screenful of hits is found; absent when all were read. */
  more?: () => Promise<SearchOutcome>;
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

interface Candidate {
  id: string;
  data(): Promise<PagefindPageData>;
  /** The alternatives (their tokens) for which Pagefind returned this page. */
  alternatives: string[][];
}

/**
 * Pagefind's candidates for every alternative, merged into one reading order: rank by rank across
 * the alternatives (their scores come from different queries, so they are not compared), each page
 * once. Only the searches run here; no fragment is fetched.
 */
async function rankCandidates(api: PagefindApi, alternatives: string[][], request: SearchRequest) {
  const options = request.filters ? { filters: request.filters } : {};
  const found = await Promise.all(alternatives.map(async (tokens) => (await api.search(tokens.join(' '), options))?.results ?? []));
  const returned = new Set<string>();
  for (const results of found) for (const result of results) returned.add(result.id);
  const lists = found.map((results) => results.slice(0, request.maxPages ?? 200));
  const byId = new Map<string, Candidate>();
  const order: Candidate[] = [];
  for (let rank = 0; lists.some((list) => rank < list.length); rank++) {
    for (const [index, list] of lists.entries()) {
      const result = list[rank];
      if (!result) continue;
      let candidate = byId.get(result.id);
      if (!candidate) {
        byId.set(result.id, (candidate = { id: result.id, data: () => result.data(), alternatives: [] }));
        order.push(candidate);
      }
      candidate.alternatives.push(alternatives[index]!);
    }
  }
  return { order, returned };
}

export function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  const alternatives = request.alternatives.map((tokens) => tokens.filter((t) => t.trim())).filter((tokens) => tokens.length > 0);
  const batchSize = Math.max(1, request.batchSize ?? 20);
  const screenful = Math.max(1, request.screenful ?? 10);
  const hits = new Map<string, SearchHit>();
  /** Fragments already fetched, by page id: the loose pass reads again pages the exact pass read. */
  const fetched = new Map<string, Promise<PagefindPageData>>();
  /** Candidates to read, and all that Pagefind returned (before `maxPages`), over both passes. */
  const ids = new Set<string>();
  const returnedIds = new Set<string>();
  let queue: Candidate[] = [];
  let next = 0;
  let loose = false;
  let tokensOf = (alternative: string[]) => alternative;

  const enqueue = async () => {
    const { order, returned } = await rankCandidates(api, alternatives.map(tokensOf).filter((tokens) => tokens.length > 0), request);
    queue = order;
    next = 0;
    for (const candidate of order) ids.add(candidate.id);
    for (const id of returned) returnedIds.add(id);
  };

  const readBatch = async () => {
    const batch = queue.slice(next, next + batchSize);
    next += batch.length;
    const pages = await Promise.all(
      batch.map(async (candidate) => {
        let data = fetched.get(candidate.id);
        if (!data) fetched.set(candidate.id, (data = candidate.data()));
        return { candidate, data: await data };
      }),
    );
    // In reading order, whatever order the fetches finished in.
    for (const { candidate, data } of pages) {
      const path = pathOf(data);
      for (const alternative of candidate.alternatives) {
        const matches = matchPage(data, alternative);
        if (!matches) continue;
        const previous = hits.get(path);
        if (previous) {
          previous.matches.push(...matches.filter((m) => !previous.matches.some((p) => p.anchor === m.anchor)));
          continue;
        }
        hits.set(path, { path, title: data.meta['title'] ?? path, meta: data.meta, filters: data.filters, matches, exact: !loose });
      }
    }
  };

  /** Reads batches until `screenful` new hits, or the candidates run out (then, with no hit at all, the loose pass). */
  const readOn = async (): Promise<SearchOutcome> => {
    const before = hits.size;
    for (;;) {
      if (next < queue.length) await readBatch();
      if (hits.size - before >= screenful) break;
      if (next < queue.length) continue;
      if (loose || hits.size > 0) break;
      loose = true;
      tokensOf = (alternative) => alternative.flatMap((token) => request.segment(token));
      await enqueue();
    }
    const outcome: SearchOutcome = { hits: [...hits.values()], candidates: ids.size, total: returnedIds.size, read: fetched.size, loose };
    if (next < queue.length) outcome.more = continuation;
    return outcome;
  };

  // One reading at a time: a second `more()` waits for the first and reads on after it.
  let reading: Promise<SearchOutcome> | undefined;
  const continuation = () => (reading = (reading ?? Promise.resolve()).then(readOn, readOn));
  return (reading = enqueue().then(readOn));
}
