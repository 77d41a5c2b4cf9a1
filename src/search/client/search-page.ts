/**
 * The search page's script (a classic script: it must run from `file://`). Reads `?q=` and the
 * filters from the URL, searches with Pagefind (its engine as a classic script reading the one index,
 * over http and from disk), and lists the pages and the paragraphs that hold the query in `[data-search-results]`.
 * Nothing is loaded until there is a query. The first screenful of hits is shown as soon as it is
 * found; a "显示更多结果" button reads on through the candidates (`?batch=N` reads N at a time and
 * stops at N hits instead of 20 and 10, for tests on a small corpus; docs/search.md).
 */
import { indexesGlobal } from '../core/indexes.ts';
import { placesGlobal, type LexiconEntry } from '../core/lexicon.ts';
import type { PinyinLexicon, PinyinReading, PinyinWord } from '../core/pinyin.ts';
import { mayNeedConversion, parseQuery, type ParsedQuery } from '../core/query.ts';
import { runSearch, type PagefindApi, type SearchHit, type SearchOutcome } from '../core/run.ts';
import { filterNames, labels, type FilterName } from './labels.ts';

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi & { init(): Promise<void>; mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void> };
}

declare global {
  interface Window {
    baogaoPagefindOffline?: PagefindModule;
    /** For tests and the curious: the last search's outcome. */
    baogaoSearch?: { query: ParsedQuery; outcome: SearchOutcome; mode: 'http' | 'file'; pinyinShards: string[] };
    /** Set by `search-assets/index/indexes.js`: the site's search indexes. */
    [indexesGlobal]?: string[];
    /** Set by `search-places.js`: the site's places for English place-name queries. */
    [placesGlobal]?: LexiconEntry[];
    /** Called by each shard of the pinyin lexicon (`search-assets/pinyin/<syllable>.js`). */
    __baogaoPinyinShard?: (syllable: string, entries: Record<string, PinyinWord[]>) => void;
  }
}

const scriptSrc = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href;
/** The site root: this script lives in `search-assets/`. */
const siteRoot = new URL('../', scriptSrc);
const offline = location.protocol === 'file:';

function loadScript(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(path, siteRoot).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

let engine: Promise<PagefindApi> | undefined;

/**
 * Pagefind, loaded once, the same way over http and from disk: its own `pagefind.js` bundled as a
 * classic script whose `fetch` reads the site's index, `search-assets/index/` (classic scripts,
 * which load from `file://` where `fetch` and modules do not; offline-fetch.ts). The index is
 * several Pagefind indexes, named by `search-assets/index/indexes.js`: the first is the instance's,
 * the others joined to it with Pagefind's `mergeIndex`, so one search returns the pages of all.
 * No worker: workers cannot start from `file://`, and one path means the hosted search is the
 * offline search.
 */
function pagefind(): Promise<PagefindApi> {
  engine ??= (async () => {
    await Promise.all([loadScript('search-assets/pagefind-offline.js'), loadScript('search-assets/index/indexes.js')]);
    if (!window.baogaoPagefindOffline) throw new Error('the search bundle did not load');
    const [first, ...others] = window[indexesGlobal] ?? [];
    if (first === undefined) throw new Error('search-assets/index/indexes.js named no search index');
    // Result URLs are read from `raw_url` (site-root paths); the index is fetched by offline-fetch.ts.
    const options = { baseUrl: '/', excerptLength: 30 };
    const basePath = (index: string) => new URL(`pagefind/${index}/`, siteRoot).href;
    const instance = window.baogaoPagefindOffline.createInstance({ ...options, basePath: basePath(first), noWorker: true });
    await instance.init();
    await Promise.all(others.map((index) => instance.mergeIndex(basePath(index), options)));
    return instance;
  })();
  return engine;
}

async function toSimplified(): Promise<(text: string) => string> {
  if (!window.baogaoToSimplified) await loadScript('search-assets/to-simplified.js');
  return window.baogaoToSimplified ?? ((text) => text);
}

const pinyinShards = new Map<string, Record<string, PinyinWord[]>>();

/** The shards of the pinyin lexicon for `syllables` (classic scripts, so they load from disk too), merged. */
async function pinyinLexicon(syllables: string[]): Promise<PinyinLexicon> {
  window.__baogaoPinyinShard ??= (syllable, entries) => pinyinShards.set(syllable, entries);
  await Promise.all(syllables.filter((s) => !pinyinShards.has(s)).map((s) => loadScript(`search-assets/pinyin/${s}.js`)));
  return new Map(syllables.flatMap((s) => Object.entries(pinyinShards.get(s) ?? {})));
}

/** A query in Latin letters (English or pinyin, tone marks and numbers allowed), no Chinese. */
const isLatinQuery = (raw: string) => /\p{Script=Latin}/u.test(raw) && !/\p{Script=Han}/u.test(raw);

/**
 * A Latin query read as pinyin, when its letters are syllables. The reader, its shards and the
 * places are loaded only here: a Chinese query never gets here.
 */
async function readAsPinyin(raw: string): Promise<{ reading: PinyinReading | undefined; shards: string[] }> {
  await Promise.all([
    window.baogaoPinyin ? undefined : loadScript('search-assets/pinyin.js'),
    window[placesGlobal] ? undefined : loadScript('search-places.js'),
  ]);
  const reader = window.baogaoPinyin;
  const parsed = reader?.parsePinyin(raw);
  if (!reader || !parsed) return { reading: undefined, shards: [] };
  const shards = reader.shardsFor(parsed);
  return { reading: reader.readPinyin(parsed, await pinyinLexicon(shards)), shards };
}

/** `其他读法：监视、检视`, each a link to its own search. */
function renderChoices(choices: string[]): HTMLElement {
  const line = element('p', { className: 'search-readings' }, labels.otherReadings);
  choices.forEach((choice, index) => {
    if (index > 0) line.append('、');
    const link = element('a', { href: `?q=${encodeURIComponent(choice)}`, lang: 'zh-CN' }, choice);
    link.dataset['searchChoice'] = choice;
    line.append(link);
  });
  return line;
}

/** The page's English lexicon (indicators, glossary), with the places once `search-places.js` has loaded. */
function readLexicon(): LexiconEntry[] {
  const element = document.querySelector('script[data-search-lexicon]');
  let inline: LexiconEntry[] = [];
  try {
    inline = element?.textContent ? (JSON.parse(element.textContent) as LexiconEntry[]) : [];
  } catch {
    inline = [];
  }
  return [...inline, ...(window[placesGlobal] ?? [])];
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;
const segment = (phrase: string) =>
  segmenter ? [...segmenter.segment(phrase)].filter((s) => s.isWordLike).map((s) => s.segment) : phrase.split(/\s+/);

/** An element with properties (`className`, `href`, `value` …) and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** `?batch=N`: candidates read at a time (1–100); a screenful is then at most N hits. */
function batchOptions(params: URLSearchParams): { batchSize?: number; screenful?: number } {
  const batch = Number(params.get('batch'));
  if (!Number.isInteger(batch) || batch < 1) return {};
  const batchSize = Math.min(batch, 100);
  return { batchSize, screenful: Math.min(batchSize, 10) };
}

/** A link from the search page (at the site root) to a page of the site. */
const hrefOf = (path: string, anchor?: string) => `${path}${anchor ? `#${anchor}` : ''}`;

function renderHit(hit: SearchHit): HTMLElement {
  const facts = filterNames.flatMap((name) => hit.filters[name] ?? []).join(' · ');
  const matches = element('ul', { className: 'search-hit-matches' });
  for (const match of hit.matches.slice(0, 5)) {
    const excerpt = match.excerpts[0];
    if (!excerpt) continue;
    const link = element(
      'a',
      { href: hrefOf(hit.path, match.anchor), className: 'search-hit-link' },
      excerpt.before,
      element('mark', {}, excerpt.match),
      excerpt.after,
    );
    link.dataset['searchAnchor'] = match.anchor ?? '';
    const where = match.section && match.section.id !== match.anchor ? element('span', { className: 'search-hit-section' }, match.section.text) : '';
    matches.append(element('li', {}, where, link));
  }
  if (hit.matches.length > 5) matches.append(element('li', { className: 'search-hit-more' }, labels.moreMatches(hit.matches.length - 5)));
  const item = element(
    'li',
    { className: 'search-hit' },
    element('h2', {}, element('a', { href: hrefOf(hit.path) }, hit.title)),
    element('p', { className: 'search-hit-facts' }, facts),
    matches,
  );
  item.dataset['searchPath'] = hit.path;
  return item;
}

function renderFilters(container: Element, query: string, chosen: Record<string, string[]>, available: Record<string, Record<string, number>>) {
  const form = element('form', { method: 'get', action: '', className: 'search-filter-form' });
  form.append(element('input', { type: 'hidden', name: 'q', value: query }));
  for (const name of filterNames) {
    const values = Object.keys(available[name] ?? {}).sort();
    if (values.length === 0) continue;
    const select = element('select', { name, id: `search-filter-${name}` }, element('option', { value: '' }, labels.any));
    for (const value of values) {
      select.append(element('option', { value, selected: chosen[name]?.includes(value) ?? false }, value));
    }
    select.addEventListener('change', () => form.requestSubmit());
    form.append(element('label', { htmlFor: select.id }, labels.filter[name as FilterName]), select);
  }
  form.append(element('button', { type: 'submit' }, labels.applyFilters));
  container.replaceChildren(form);
}

async function main(): Promise<void> {
  const results = document.querySelector('[data-search-results]');
  if (!results) return;
  const params = new URLSearchParams(location.search);
  const raw = params.get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
  document.querySelectorAll<HTMLInputElement>('input[name="q"]').forEach((field) => (field.value = raw));
  if (!raw) {
    results.replaceChildren(element('p', { className: 'search-status' }, labels.empty));
    input?.focus();
    return;
  }
  document.title = `${raw} · ${document.title}`;
  const status = element('p', { className: 'search-status', role: 'status' }, labels.searching);
  results.replaceChildren(status);
  const chosen: Record<string, string[]> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) chosen[name] = [value];
  }
  try {
    const convert = mayNeedConversion(raw) ? await toSimplified() : (text: string) => text;
    const pinyin = isLatinQuery(raw) ? await readAsPinyin(raw) : { reading: undefined, shards: [] };
    const query = parseQuery(raw, convert, readLexicon(), pinyin.reading);
    const api = await pagefind();
    const first = await runSearch(api, { alternatives: query.alternatives, filters: chosen, segment, ...batchOptions(params) });
    const filtersBox = document.querySelector('[data-search-filters]');
    if (filtersBox) renderFilters(filtersBox, raw, chosen, await api.filters());
    // Appended hits are not read out one by one: the status line announces the new count.
    const list = element('ol', { className: 'search-hits' });
    list.setAttribute('aria-live', 'off');
    const moreButton = element('button', { type: 'button', className: 'search-more' }, labels.moreResults);
    const show = (outcome: SearchOutcome) => {
      const shown = list.children.length;
      list.append(...outcome.hits.slice(shown).map(renderHit));
      const summary = [labels.found(outcome.hits.length, query.text)];
      if (query.converted) summary.push(labels.converted(query.text));
      if (query.searchedAs.length) summary.push(labels.searchedAs(query.text, query.searchedAs));
      if (outcome.loose && outcome.hits.length) summary.push(labels.loose);
      if (outcome.read < outcome.candidates) summary.push(labels.partial(outcome.read, outcome.candidates, outcome.total));
      else if (outcome.total > outcome.candidates) summary.push(labels.capped(outcome.total, outcome.candidates));
      status.textContent = summary.join(' ');
      if (!outcome.more) moreButton.remove();
      window.baogaoSearch = { query, outcome, mode: offline ? 'file' : 'http', pinyinShards: pinyin.shards };
      results.setAttribute('data-search-done', String(outcome.hits.length));
      return list.children[shown];
    };
    let outcome = first;
    moreButton.addEventListener('click', () => {
      const more = outcome.more;
      if (!more || moreButton.disabled) return;
      moreButton.disabled = true;
      moreButton.textContent = labels.readingMore;
      results.removeAttribute('data-search-done');
      more().then(
        (next) => {
          outcome = next;
          moreButton.disabled = false;
          moreButton.textContent = labels.moreResults;
          const added = show(next);
          // Keyboard readers go on from the first new result; with none, from the status line.
          if (added) added.querySelector<HTMLElement>('h2 a')?.focus();
          else if (!next.more) status.focus();
        },
        (error: unknown) => {
          status.textContent = labels.failed(error instanceof Error ? error.message : String(error));
          moreButton.remove();
          results.setAttribute('data-search-done', 'error');
        },
      );
    });
    status.tabIndex = -1;
    const choices = query.reading?.choices ?? [];
    results.replaceChildren(status, ...(choices.length ? [renderChoices(choices)] : []), list, moreButton);
    show(first);
  } catch (error) {
    status.textContent = labels.failed(error instanceof Error ? error.message : String(error));
    results.setAttribute('data-search-done', 'error');
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void main());
else void main();
