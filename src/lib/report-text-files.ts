/**
 * Where the rendered text of each report waits between the collection's loader and its page.
 *
 * The loader (report-loader.ts) renders each report's MDX body to HTML once and keeps it in a file
 * of its own under Astro's cache folder, not in the content store: Astro bundles the whole store
 * into the build as one JavaScript string, and the texts (about half of it at 1000 reports) would
 * be parsed, bundled and held in memory with it, though each is read by one page only.
 * `BAOGAO_ASTRO_CACHE` moves Astro's cache folder (astro.config.mjs), and these files with it.
 */
import path from 'node:path';

/** Astro's cache folder: `cacheDir` in astro.config.mjs. */
export function astroCacheDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['BAOGAO_ASTRO_CACHE'] ?? 'node_modules/.astro');
}

/** The rendered text of the report with collection id `id`. */
export function reportTextFile(id: string, root?: string): string {
  return path.join(astroCacheDir(root), 'report-text', `${id}.html`);
}
