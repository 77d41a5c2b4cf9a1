/**
 * `npm run package`: the built site as a ZIP for reading offline, `dist/baogao-offline.zip`, linked
 * from the hosted pages (src/package/package-site.ts).
 *
 *   npx tsx scripts/package.ts [dist] [--state FILE]
 *
 * --state keeps what was archived (each file's stat) between builds: a rebuild copies the entries
 * of unchanged files from the last archive unread. `npm run build` in shards passes it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageSite, packagedSiteLine } from '../src/package/package-site.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { state: { type: 'string' } } });
try {
  console.log(packagedSiteLine(await packageSite(resolve(positionals[0] ?? 'dist'), values.state === undefined ? undefined : resolve(values.state))));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
