/** Small pure helpers for the benchmark: medians, sizes, the page-weight target and the report table. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Issue 7's page-weight target: report HTML (gzip) within 1.25× its own text (gzip) plus 4 KB. */
export function pageWeightBudget(textGzipBytes: number): number {
  return 1.25 * textGzipBytes + 4096;
}

/** Parse GNU time's `-f '%e %M'` line: elapsed seconds and peak resident set in KB. */
export function parseGnuTime(stderr: string): { seconds: number; peakKb: number } {
  const match = /^TIME (\d+(?:\.\d+)?) (\d+)$/m.exec(stderr);
  if (!match) throw new Error(`bench: no GNU time line (TIME seconds peakKb) in:\n${stderr.slice(-500)}`);
  return { seconds: Number(match[1]), peakKb: Number(match[2]) };
}

export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const ansi = /\x1b\[[0-9;]*m/g;
const secondsOf = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

export interface AstroPhases {
  /** "Collecting build info": content sync (glob loader, frontmatter validation) and types. */
  contentSync?: number;
  /** "Building static entrypoints": Vite/Rolldown bundling, where every MDX file is compiled. */
  bundle?: number;
  /** "generating static routes": rendering every page to HTML. */
  render?: number;
  /** "N page(s) built in": the whole build. */
  pages?: number;
}

/** The phase times `astro build` prints in its log, in seconds. */
export function astroPhases(log: string): AstroPhases {
  const text = log.replace(ansi, '');
  const after = (start: RegExp, end: RegExp): number | undefined => {
    const from = start.exec(text);
    if (!from) return undefined;
    const m = end.exec(text.slice(from.index));
    return m ? secondsOf(m[1] ?? '', m[2] ?? '') : undefined;
  };
  const phases: AstroPhases = {};
  const set = (key: keyof AstroPhases, value: number | undefined) => {
    if (value !== undefined) phases[key] = value;
  };
  set('contentSync', after(/Collecting build info/, /Completed in ([\d.]+)(ms|s)/));
  set('bundle', after(/Building static entrypoints/, /built in ([\d.]+)(ms|s)/));
  set('render', after(/generating static routes/, /Completed in ([\d.]+)(ms|s)/));
  set('pages', after(/page\(s\) built in/, /page\(s\) built in ([\d.]+)(ms|s)/));
  return phases;
}

/** `ingest cache: 99 of 100 reports re-used (…)` from the ingest CLI's summary. */
export function ingestCacheLine(output: string): { reused: number; reports: number } | undefined {
  const m = /ingest cache: (\d+) of (\d+) reports? re-used/.exec(output);
  return m ? { reused: Number(m[1]), reports: Number(m[2]) } : undefined;
}

/**
 * The steps of package.json's `build` script that come after the site and the index (the offline
 * search bundle, the ZIP): everything but ingest, `astro build` and `pagefind`.
 */
export function postBuildSteps(buildScript: string): string[] {
  const own = /^(npm run ingest|tsx scripts\/ingest\.ts|astro build|pagefind|tsx scripts\/pagefind-index\.ts)\b/;
  return buildScript
    .split('&&')
    .map((step) => step.trim())
    .filter((step) => step !== '' && !own.test(step));
}

/** A report's own text: the MDX body without frontmatter and markup (the cleaned text). */
export function mdxText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Distinct report pages a page links to (`…reports/<slug>.html`). */
export function reportLinks(html: string): number {
  return new Set([...html.matchAll(/href="(?:[^"]*\/)?reports\/([^"#/]+)\.html/g)].map((m) => m[1])).size;
}

/** A small, real edit to one seed: a sentence added to its first long paragraph. */
export function changeOneSeed(text: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((line, index) => index >= 5 && line.trim().length >= 60);
  if (i < 0) return `${text.trimEnd()}\n本句为基准测试所加。\n`;
  lines[i] = `${lines[i]!.trimEnd()}本句为基准测试所加。`;
  return lines.join('\n');
}
