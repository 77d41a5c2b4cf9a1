/**
 * The whole project type-checks: `astro check` (TypeScript over src/, scripts/, test/ and the
 * .astro files, strict as tsconfig.json says) reports no error. A type error fails the suite here
 * rather than waiting for someone to run `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers/paths.ts';

test('astro check finds no errors', () => {
  // Its own Astro cache: the site project may be building dist/ with the default one meanwhile.
  const cache = mkdtempSync(path.join(tmpdir(), 'baogao-check-'));
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BAOGAO_ASTRO_CACHE: cache, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(cache, { recursive: true, force: true });
  const output = `${result.stdout}${result.stderr}`;
  const errors = output.split('\n').filter((line) => /\berror\b/i.test(line) && !/^- 0 errors/.test(line.trim()));
  expect(result.status, errors.slice(0, 20).join('\n')).toBe(0);
  expect(output).toMatch(/- 0 errors/);
}, 600_000);
