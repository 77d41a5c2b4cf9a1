import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { replaceIfChanged, sameFiles } from '../../src/build/write-if-changed.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baogao-replace-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Over a megabyte, so the comparison goes past its first read.
const big = Buffer.alloc((1 << 20) + 4096, 7);

test('the same bytes: the file is kept as it was (its time too) and the new copy removed', () => {
  writeFileSync(join(dir, 'a'), big);
  utimesSync(join(dir, 'a'), 1000, 1000);
  writeFileSync(join(dir, 'a.tmp'), big);
  expect(replaceIfChanged(join(dir, 'a.tmp'), join(dir, 'a'))).toBe(false);
  expect(existsSync(join(dir, 'a.tmp'))).toBe(false);
  expect(statSync(join(dir, 'a')).mtimeMs).toBe(1_000_000);
});

test('a byte differing after the first megabyte, or another size, or no file yet: replaced', () => {
  const other = Buffer.from(big);
  other[other.length - 1] = 8;
  writeFileSync(join(dir, 'a'), big);
  writeFileSync(join(dir, 'a.tmp'), other);
  expect(sameFiles(join(dir, 'a'), join(dir, 'a.tmp'))).toBe(false);
  expect(replaceIfChanged(join(dir, 'a.tmp'), join(dir, 'a'))).toBe(true);
  expect(readFileSync(join(dir, 'a')).equals(other)).toBe(true);
  writeFileSync(join(dir, 'a.tmp'), other.subarray(1));
  expect(replaceIfChanged(join(dir, 'a.tmp'), join(dir, 'a'))).toBe(true);
  writeFileSync(join(dir, 'b.tmp'), 'x');
  expect(replaceIfChanged(join(dir, 'b.tmp'), join(dir, 'b'))).toBe(true);
  expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('x');
});
