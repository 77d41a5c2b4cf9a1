/**
 * The search's browser code as classic scripts (IIFE), which run from `file://` where module
 * scripts do not: the search page's script, the traditional→simplified converter (loaded only for
 * a Chinese query), the pinyin reader (loaded only for a query in Latin letters), and Pagefind's own `pagefind.js` bundled with the offline `fetch` (loaded only
 * when a search is made from disk).
 */
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from '../../build/write-if-changed.ts';
import { classicScriptOptions } from '../../build/classic-script.ts';

const client = (name: string) => fileURLToPath(new URL(`../client/${name}`, import.meta.url));

export interface BundleSummary {
  file: string;
  bytes: number;
}

async function bundle(options: Parameters<typeof build>[0] & { outfile: string }): Promise<BundleSummary> {
  const result = await build({ ...classicScriptOptions, ...options, write: false });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${options.outfile}`);
  // The same script as the last build's is left as it was.
  await mkdir(dirname(options.outfile), { recursive: true });
  writeIfChanged(options.outfile, output.contents);
  return { file: options.outfile, bytes: output.contents.length };
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
