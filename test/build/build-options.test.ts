/** scripts/build.ts refuses an option it cannot use before it builds anything, naming it. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

const build = (...args: string[]) => spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

test('--corpus-heap (the heap limit of the corpus pages’ astro build) must be a number of MB', () => {
  for (const value of ['lots', '12']) {
    const result = build('--shard', '1/2', '--corpus-heap', value, '--work', '/nonexistent/baogao-work');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`build: --corpus-heap: expected a heap limit in MB (at least 64), got '${value}'`);
  }
}, 90_000);
