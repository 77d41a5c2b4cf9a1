/**
 * A built site as the checks see it: which paths are files or folders, and the parsed HTML pages.
 * `diskSite` reads dist/; `memorySite` holds tiny fixtures for the checks' own tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parsePage, type HtmlPage } from './html.ts';

export type FileKind = 'file' | 'directory' | 'missing';

export interface Site {
  /** What a posix path inside the site (`reports/x.html`, no leading slash) names. */
  kind(path: string): FileKind;
  /** The parsed page at `path`, or undefined when it is not an HTML file of the site. */
  page(path: string): HtmlPage | undefined;
  /** Every HTML page, sorted by path. */
  pages(): HtmlPage[];
}

const isHtml = (path: string) => path.endsWith('.html');

export function memorySite(files: Record<string, string>): Site {
  const cache = new Map<string, HtmlPage>();
  const paths = Object.keys(files).sort();
  const page = (path: string) => {
    const source = files[path];
    if (source === undefined || !isHtml(path)) return undefined;
    let parsed = cache.get(path);
    if (!parsed) cache.set(path, (parsed = parsePage(path, source)));
    return parsed;
  };
  return {
    kind(path) {
      if (path === '' || paths.some((p) => p.startsWith(path.replace(/\/?$/, '/')))) return 'directory';
      return path in files ? 'file' : 'missing';
    },
    page,
    pages: () => paths.filter(isHtml).map((p) => page(p)!),
  };
}

/** Every file under `root`, as posix paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function diskSite(root: string): Site {
  const cache = new Map<string, HtmlPage>();
  const htmlPaths = listFiles(root).filter(isHtml);
  const kind = (path: string): FileKind => {
    try {
      return statSync(join(root, path)).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  };
  const page = (path: string) => {
    if (!isHtml(path) || kind(path) !== 'file') return undefined;
    let parsed = cache.get(path);
    if (!parsed) cache.set(path, (parsed = parsePage(path, readFileSync(join(root, path), 'utf8'))));
    return parsed;
  };
  return { kind, page, pages: () => htmlPaths.map((p) => page(p)!) };
}
