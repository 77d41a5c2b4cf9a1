/**
 * Driving the built search page in a browser tab: open `search.html?q=…` under a base URL (http://
 * or file://), wait until the page says it is done, and read the results it shows.
 */
import type { Page } from 'playwright-core';

export interface ShownHit {
  /** Site path of the result page, e.g. `reports/shanghai-xuhui-2014.html`. */
  path: string;
  /** The anchors the result's paragraph links point at ('' for a link to the page itself). */
  anchors: string[];
}

export interface ShownResults {
  status: string;
  hits: ShownHit[];
}

export function searchUrl(base: string, query: string, filters: Record<string, string> = {}): string {
  const url = new URL('search.html', base);
  url.searchParams.set('q', query);
  for (const [name, value] of Object.entries(filters)) url.searchParams.set(name, value);
  return url.href;
}

export async function searchOn(page: Page, base: string, query: string, filters: Record<string, string> = {}): Promise<ShownResults> {
  await page.goto(searchUrl(base, query, filters), { waitUntil: 'load' });
  await page.waitForSelector('[data-search-results][data-search-done]', { timeout: 30_000 });
  return shownResults(page);
}

/** The results the page shows now. */
export function shownResults(page: Page): Promise<ShownResults> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-search-results]')!;
    if (root.getAttribute('data-search-done') === 'error') throw new Error(root.textContent ?? 'search failed');
    const siteRoot = new URL('.', location.href).href;
    return {
      status: root.querySelector('.search-status')?.textContent ?? '',
      hits: [...root.querySelectorAll<HTMLElement>('.search-hit')].map((hit) => {
        const links = [...hit.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')].map((a) => new URL(a.href));
        // The paths come from the links themselves: what a reader would follow.
        const title = hit.querySelector<HTMLAnchorElement>('h2 a')!;
        return {
          path: new URL(title.href).href.replace(siteRoot, ''),
          anchors: links.map((url) => decodeURIComponent(url.hash.slice(1))),
        };
      }),
    };
  });
}
