/** Vitest globalSetup of the `site` project: the site tests read dist/, so build it first when stale. */
import { ensureSiteBuilt } from './build.ts';

export default function setup(): void {
  const decision = ensureSiteBuilt();
  console.log(`[site tests] dist/: ${decision}`);
}
