// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { pruneCspHashes } from './src/lib/csp.ts';
import { bundleReaderScripts } from './src/reader/build/bundle.ts';
import { astroCacheDir } from './src/lib/report-text-files.ts';

/**
 * After the build, every page is rewritten once:
 *   - Astro writes its bundled assets as root-relative URLs (`/_astro/x.css`), which point at the
 *     disk's root when the site is opened from a file: they become relative to the page;
 *   - the CSP meta keeps only the hashes of the page's own inline scripts and styles (src/lib/csp.ts:
 *     Astro also lists its island runtime's and client directives', which this site never uses).
 */
function postprocessPages() {
  return {
    name: 'baogao:postprocess-pages',
    hooks: {
      /** @param {{ dir: URL, logger: { info: (message: string) => void } }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        /** @param {string} file */
        const rewrite = async (file) => {
          const full = path.join(root, file);
          const depth = file.split(path.sep).length - 1;
          const prefix = depth === 0 ? './' : '../'.repeat(depth);
          const html = await readFile(full, 'utf8');
          const next = pruneCspHashes(html.replace(/(\s(?:href|src)=["'])\/_astro\//g, `$1${prefix}_astro/`));
          if (next !== html) await writeFile(full, next);
        };
        // Several files in flight: the work is mostly waiting on the disk (thousands of pages at scale).
        let next = 0;
        const worker = async () => {
          while (next < files.length) await rewrite(/** @type {string} */ (files[next++]));
        };
        await Promise.all(Array.from({ length: 16 }, worker));
        logger.info(`${files.length} pages: asset links made relative, CSP trimmed (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}

/** The reader's browser code (src/reader/client/, TypeScript) as classic scripts in every build. */
function readerScripts() {
  return {
    name: 'baogao:reader-scripts',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': async ({ dir }) => bundleReaderScripts(fileURLToPath(dir)),
    },
  };
}

export default defineConfig({
  // The reports are MDX, parsed and rendered by the collection's own loader (src/lib/report-loader.ts),
  // not compiled to a module each, so the MDX integration is not needed.
  integrations: [readerScripts(), postprocessPages()],
  // The benchmark builds several corpora side by side (`astro build --outDir …`); each keeps its own
  // content-layer cache so runs neither share nor clobber node_modules/.astro.
  // The report texts rendered by the collection's loader live there too (src/lib/report-text-files.ts).
  cacheDir: astroCacheDir(fileURLToPath(new URL('.', import.meta.url))),
  // No code in the reports; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Every page is a file (`reports/x.html`), so links work from disk where folders do not map to index.html.
  // concurrency: pages rendered at once. Rendering waits on file writes for about a third of its
  // time; 4 at once took the render phase at N = 1000 from 11–13 s to 8–10 s (docs/performance.md).
  build: { format: 'file', inlineStylesheets: 'never', concurrency: 4 },
  // `astro dev` watches the project: not the caches and bench corpora (.cache/ holds whole built
  // sites of thousands of reports after `npm run bench`) nor the build output.
  vite: { server: { watch: { ignored: ['**/.cache/**', '**/dist/**', '**/test-results/**'] } } },
  // The hosted origin, used only to print absolute URLs in citations; pages link relatively.
  site: process.env.SITE_URL || undefined,
  security: {
    // Hash-based CSP in a <meta> on every page. Our scripts are classic files from the site itself
    // ('self', which also admits them under file://) plus hashed inline ones (their hashes added with
    // Astro.csp where they are written; postprocessPages drops the hashes of what no page has).
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'"],
      // The search page adds 'wasm-unsafe-eval' to its own policy (Pagefind compiles WebAssembly).
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
