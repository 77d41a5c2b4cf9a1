import { attribute, elements, type HtmlPage } from '../html.ts';
import { resolveLink } from '../urls.ts';
import { servedAnywhere } from './internal-links.ts';
import type { Problem } from './problem.ts';

/**
 * The page links to the search page with `rel="search"` (on `<a>` or `<link>`), by a relative URL;
 * on a page a host shows at any URL (`servedAnywhere`: 404.html), from the site root
 * (`/search.html`) or absolutely (`https://host/sub/search.html`).
 */
export function checkSearchLink(page: HtmlPage, searchPath = 'search.html'): Problem[] {
  const linksToSearch = elements(page.tree).some((element) => {
    if (element.tagName !== 'a' && element.tagName !== 'link') return false;
    if (!(attribute(element, 'rel') ?? '').split(/\s+/).includes('search')) return false;
    const href = attribute(element, 'href') ?? '';
    const target = resolveLink(page.path, href);
    if (target.kind === 'internal') return target.path === searchPath;
    if (!servedAnywhere.includes(page.path) || !['root-relative', 'external'].includes(target.kind)) return false;
    return new URL(href, 'http://site.invalid/').pathname.endsWith(`/${searchPath}`);
  });
  return linksToSearch ? [] : [{ page: page.path, message: `no <a> or <link> with rel="search" pointing at ${searchPath}` }];
}
