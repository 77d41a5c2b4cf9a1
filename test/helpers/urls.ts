/**
 * How a URL written in a page relates to the site: external, root-relative (breaks from disk),
 * or a relative reference to a path inside the site with an optional fragment.
 */
import { posix } from 'node:path';

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'empty' }
  | { kind: 'root-relative' }
  | { kind: 'site-absolute' }
  | { kind: 'outside' }
  | { kind: 'internal'; path: string; fragment: string | undefined; folder: boolean };

const scheme = /^[a-z][a-z\d+.-]*:/i;
const base = 'http://site.invalid/';

/**
 * @param from posix path of the page inside the site (`reports/x.html`)
 * @param url the attribute value as written
 * @param siteOrigins origins the site is published at (`https://baogao.example`): absolute links to
 *   them are reported, since the downloaded copy must not leave the disk.
 */
export function resolveLink(from: string, url: string, siteOrigins: readonly string[] = []): LinkTarget {
  const trimmed = url.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (scheme.test(trimmed) || trimmed.startsWith('//')) {
    const origin = safeOrigin(trimmed);
    return origin && siteOrigins.includes(origin) ? { kind: 'site-absolute' } : { kind: 'external' };
  }
  if (trimmed.startsWith('/')) return { kind: 'root-relative' };
  // URL resolution clamps `../` at the root; from disk the link would leave the site's folder.
  const pathPart = trimmed.replace(/[?#].*$/s, '');
  if (posix.normalize(posix.join(posix.dirname(from), pathPart || '.')).startsWith('..')) return { kind: 'outside' };
  const resolved = new URL(trimmed, base + from);
  const path = decodeURIComponent(resolved.pathname.slice(1));
  const fragment = resolved.hash === '' ? undefined : decodeURIComponent(resolved.hash.slice(1));
  return { kind: 'internal', path, fragment, folder: path === '' || path.endsWith('/') };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url, 'https://protocol-relative.invalid').origin;
  } catch {
    return undefined;
  }
}

/** The URLs of a `srcset` attribute (`a.png 1x, b.png 2x`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
