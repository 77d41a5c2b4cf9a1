/**
 * `npm run package`: the built site as a ZIP for reading offline, `dist/baogao-offline.zip`, linked
 * from the hosted pages (src/package/package-site.ts).
 *
 *   npx tsx scripts/package.ts [dist]
 */
import { resolve } from 'node:path';
import { packageSite, packagedSiteLine } from '../src/package/package-site.ts';

try {
  console.log(packagedSiteLine(await packageSite(resolve(process.argv[2] ?? 'dist'))));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
