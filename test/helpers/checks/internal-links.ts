import type { Element } from 'hast';
import { attribute, describe, elements, type HtmlPage } from '../html.ts';
import type { Site } from '../site.ts';
import { resolveLink, srcsetUrls, type LinkTarget } from '../urls.ts';
import type { Problem } from './problem.ts';

/** Attributes that hold one URL, by element (`*` for any). */
const urlAttributes: Record<string, readonly string[]> = {
  '*': ['href', 'src', 'poster'],
  form: ['action'],
  object: ['data'],
};

function urlsOf(element: Element): Array<{ name: string; url: string }> {
  const names = [...(urlAttributes['*'] ?? []), ...(urlAttributes[element.tagName] ?? [])];
  const urls = names.flatMap((name) => {
    const url = attribute(element, name);
    return url === undefined ? [] : [{ name, url }];
  });
  const srcset = attribute(element, 'srcset');
  if (srcset !== undefined) urls.push(...srcsetUrls(srcset).map((url) => ({ name: 'srcset', url })));
  return urls;
}

// A canonical URL is absolute by definition: it names the hosted page, not a file next to this one.
const isCanonical = (element: Element) =>
  element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(/\s+/).includes('canonical');

/**
 * Pages a host shows at any URL, so that relative links cannot work on them: 404.html, served for a
 * missing page at any depth. Only on these may links start at the site root (`/index.html`) or name
 * the hosted site absolutely (when `site` is configured), and they must still reach an existing file.
 */
export const servedAnywhere: readonly string[] = ['404.html'];

/**
 * Every internal URL (href, src, srcset, poster, action, data) is relative, stays inside the site,
 * names an existing file (not a folder), and its fragment is an id on the target page.
 * `#` and `#top` are allowed: HTML defines them as the top of the page. On the pages in
 * `anywhere`, root-relative and site-absolute links are accepted when they name an existing file.
 */
export function checkInternalLinks(
  page: HtmlPage,
  site: Site,
  siteOrigins: readonly string[] = [],
  anywhere: readonly string[] = servedAnywhere,
): Problem[] {
  const problems: Problem[] = [];
  for (const element of elements(page.tree)) {
    if (isCanonical(element)) continue;
    for (const { name, url } of urlsOf(element)) {
      const report = (why: string) =>
        problems.push({ page: page.path, message: `${describe(element, name)} ${why}` });
      let target = resolveLink(page.path, url, siteOrigins);
      if (anywhere.includes(page.path) && (target.kind === 'root-relative' || target.kind === 'site-absolute')) {
        target = fromSiteRoot(url, site);
      }
      switch (target.kind) {
        case 'external':
          break;
        case 'empty':
          report('is an empty URL');
          break;
        case 'root-relative':
          report('is root-relative: it breaks when the site is opened from disk or under a sub-path');
          break;
        case 'site-absolute':
          report('is an absolute URL to the site itself: it must be relative');
          break;
        case 'outside':
          report("climbs out of the site's folder");
          break;
        case 'internal': {
          const kind = site.kind(target.path);
          if (target.folder || kind === 'directory') {
            report(`names a folder (${target.path || '.'}), not a file: folders do not open index.html from disk`);
          } else if (kind === 'missing') {
            report(`points at ${target.path}, which does not exist`);
          } else if (target.fragment && target.fragment !== 'top' && !target.fragment.startsWith(':~:')) {
            const targetPage = site.page(target.path);
            if (targetPage && !hasId(targetPage, target.fragment)) {
              report(`points at #${target.fragment}, which is not an id on ${target.path}`);
            }
          }
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * A root-relative or site-absolute URL as a link from the site root: its path (less the hosted
 * site's own sub-path, found as the longest tail of the path that names a file here).
 */
function fromSiteRoot(url: string, site: Site): LinkTarget {
  const parsed = new URL(url, 'http://site.invalid/');
  const segments = parsed.pathname.slice(1).split('/');
  const rest = parsed.search + parsed.hash;
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = segments.slice(skip).join('/');
    if (candidate !== '' && site.kind(decodeURIComponent(candidate)) === 'file') return resolveLink('index.html', candidate + rest);
  }
  return resolveLink('index.html', (segments.join('/') || './') + rest);
}

const idSets = new WeakMap<HtmlPage, Set<string>>();

function hasId(page: HtmlPage, id: string): boolean {
  let ids = idSets.get(page);
  if (!ids) {
    ids = new Set(elements(page.tree).flatMap((element) => attribute(element, 'id') ?? []));
    idSets.set(page, ids);
  }
  return ids.has(id);
}
