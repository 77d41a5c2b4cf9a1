/**
 * The search's browser code as classic scripts (IIFE), which run from `file://` where module
 * scripts do not: the search page's script, the traditional→simplified converter (loaded only for
 * a Chinese query), the pinyin reader (loaded only for a query in Latin letters), and Pagefind's own `pagefind.js` bundled with the offline `fetch` (loaded only
 * when a search is made from disk).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { classicScriptOptions } from '../../build/classic-script.ts';

const client = (name: string) => fileURLToPath(new URL(`../client/${name}`, import.meta.url));

export interface BundleSummary {
  file: string;
  bytes: number;
}

async function bundle(options: Parameters<typeof build>[0] & { outfile: string }): Promise<BundleSummary> {
  const result = await build({ ...classicScriptOptions, ...options, metafile: true });
  const output = Object.entries(result.metafile?.outputs ?? {})[0];
  return { file: options.outfile, bytes: output?.[1].bytes ?? 0 };
}

/** Writes `search-page.js`, `to-simplified.js`, `pinyin.js` and `pagefind-offline.js` into `outDir`. */
export async function bundleSearchClient(pagefindJs: string, outDir: string): Promise<BundleSummary[]> {
  return Promise.all([
    bundle({ entryPoints: [client('search-page.ts')], outfile: `${outDir}/search-page.js` }),
    bundle({ entryPoints: [client('to-simplified.ts')], outfile: `${outDir}/to-simplified.js` }),
    bundle({ entryPoints: [client('pinyin-reader.ts')], outfile: `${outDir}/pinyin.js` }),
    bundle({
      stdin: { contents: `export * from ${JSON.stringify(pagefindJs)};`, resolveDir: process.cwd(), loader: 'js' },
      outfile: `${outDir}/pagefind-offline.js`,
      globalName: 'baogaoPagefindOffline',
      // Every `fetch` in Pagefind's loader becomes the offline one.
      inject: [client('offline-fetch.ts')],
      // pagefind.js reads `import.meta.url` only to guess its base path; we always pass basePath.
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  ]);
}
