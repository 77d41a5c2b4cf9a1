/**
 * The reader's browser code as classic scripts (IIFE), which run from `file://` where module
 * scripts do not: `passages.js` (report pages: fragments, links to a selection, the paragraph's
 * citation) and `moved.js` (a report's former address). Written into the built site by the
 * `baogao:reader-scripts` integration (astro.config.mjs), so every build has them.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { classicScriptOptions } from '../../build/classic-script.ts';

const client = (name: string) => fileURLToPath(new URL(`../client/${name}`, import.meta.url));

export const readerScripts = ['passages.js', 'moved.js'] as const;

export async function bundleReaderScripts(outDir: string): Promise<void> {
  await Promise.all(
    readerScripts.map((name) =>
      build({
        entryPoints: [client(name.replace(/\.js$/, '.ts'))],
        outfile: `${outDir}/${name}`,
        ...classicScriptOptions,
      }),
    ),
  );
}
