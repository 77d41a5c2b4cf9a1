/**
 * Page paths and the relative links between them.
 *
 * A page is named by its path from the site root, always a file (`index.html`, `reports/x.html`):
 * the same build is served by a web server and opened from disk, where a folder does not map to
 * `index.html` and a root-relative link (`/reports/x.html`) points at the disk's root. So every
 * internal link is computed relative to the page it appears on.
 */

/** Path of a page or file from the site root, e.g. `reports/shanghai-xuhui-2014.html`. */
export type SitePath = string;

export const paths = {
  home: (): SitePath => 'index.html',
  about: (): SitePath => 'about.html',
  search: (): SitePath => 'search.html',
  /** Every glossary term with its explanation; `#<term id>` names one. */
  glossary: (): SitePath => 'glossary.html',
  notFound: (): SitePath => '404.html',
  report: (slug: string): SitePath => `reports/${slug}.html`,
  /** `key` is `<city>-<district>`, see `districtKey`. */
  district: (key: string): SitePath => `districts/${key}.html`,
  year: (year: number): SitePath => `years/${year}.html`,
  /** A city's districts and their reports; `slug` is the city's pinyin slug (`shanghai`). */
  city: (slug: string): SitePath => `cities/${slug}.html`,
  indicator: (id: string): SitePath => `indicators/${id}.html`,
  /** One indicator in the reports delivered in one year: every district's figures, each linking to its paragraph. */
  indicatorYear: (id: string, year: number): SitePath => `indicators/${id}/${year}.html`,
  metricsCsv: (): SitePath => 'metrics.csv',
  /** Every target with its outcome (src/lib/target-pairs.ts), one row a pair. */
  targetsCsv: (): SitePath => 'targets.csv',
  reportsJson: (): SitePath => 'reports.json',
  /** The glossary as a classic script: terms open their explanation from it (src/lib/notes-data.ts). */
  glossaryData: (): SitePath => 'glossary-data.js',
  /** A report's figure notes data as a classic script, loaded when a note first opens. */
  reportNotes: (slug: string): SitePath => `reports/${slug}.notes.js`,
  /** A file in `public/`, e.g. `site.js`. */
  asset: (name: string): SitePath => name,
};

/** The key naming a district across the site: `shanghai-xuhui`. */
export function districtKey(citySlug: string, districtSlug: string): string {
  return `${citySlug}-${districtSlug}`;
}

/**
 * The link from page `from` to page `to` (optionally to an anchor in it), relative and naming a file.
 * A link to an anchor on the same page is just `#anchor`.
 */
export function relativeUrl(from: SitePath, to: SitePath, hash?: string): string {
  const fragment = hash ? `#${hash}` : '';
  if (from === to && fragment) {
    assertFilePath(from);
    return fragment;
  }
  const key = `${from}\n${to}`;
  let path = relativePaths.get(key);
  if (path === undefined) {
    path = relativePath(from, to);
    relativePaths.set(key, path);
  }
  return `${path}${fragment}`;
}

/** Pages link the same few targets thousands of times over a build (the profile at N = 1000 showed ~1 s here). */
const relativePaths = new Map<string, string>();

function relativePath(from: SitePath, to: SitePath): string {
  assertFilePath(from);
  assertFilePath(to);
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  const toDirs = toParts.slice(0, -1);
  let common = 0;
  while (common < fromDirs.length && common < toDirs.length && fromDirs[common] === toDirs[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const down = toParts.slice(common).join('/');
  return `${up}${down}`;
}

/** A link helper bound to the current page: `const href = linker(paths.report(slug)); href(paths.about())`. */
export function linker(from: SitePath): (to: SitePath, hash?: string) => string {
  return (to, hash) => relativeUrl(from, to, hash);
}

function assertFilePath(path: SitePath): void {
  if (path === '' || path.startsWith('/') || path.endsWith('/') || path.includes('//') || path.split('/').includes('..')) {
    throw new Error(`Expected a site path naming a file from the site root (e.g. \`reports/x.html\`), received \`${path}\`.`);
  }
}
