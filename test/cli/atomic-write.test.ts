import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeFolderAtomically } from '../../src/cli/atomic-write.ts';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'baogao-atomic-'));
}

test('creates the output folder (and its parents) when missing', async () => {
  const dir = scratch();
  const out = path.join(dir, 'content', 'reports');
  await writeFolderAtomically(out, new Map([['a.mdx', 'A']]));
  expect(readdirSync(out)).toEqual(['a.mdx']);
  expect(readdirSync(path.join(dir, 'content'))).toEqual(['reports']);
  // Not the private mode of a temporary folder: the site build and a web server read it.
  expect(statSync(out).mode & 0o777).toBe(0o755);
});

test('replaces the whole folder: stale files go, nothing is left beside it', async () => {
  const dir = scratch();
  const out = path.join(dir, 'reports');
  mkdirSync(out, { mode: 0o750 });
  writeFileSync(path.join(out, 'stale.mdx'), 'old');
  writeFileSync(path.join(out, 'a.mdx'), 'old A');
  await writeFolderAtomically(out, new Map([['a.mdx', 'new A'], ['b.mdx', 'B']]));
  expect(readdirSync(out).sort()).toEqual(['a.mdx', 'b.mdx']);
  expect(readFileSync(path.join(out, 'a.mdx'), 'utf8')).toBe('new A');
  expect(readdirSync(dir)).toEqual(['reports']);
  expect(statSync(out).mode & 0o777).toBe(0o750);
});

test('a failed write leaves the old folder as it was and removes the staging folder', async () => {
  const dir = scratch();
  const out = path.join(dir, 'reports');
  mkdirSync(out);
  writeFileSync(path.join(out, 'keep.mdx'), 'old');
  // A name that is not a plain file name cannot be written into the folder.
  const files = new Map([['a.mdx', 'A'], ['../escape.mdx', 'X']]);
  await expect(writeFolderAtomically(out, files)).rejects.toThrow(/outside the output folder/);
  expect(readdirSync(out)).toEqual(['keep.mdx']);
  expect(readFileSync(path.join(out, 'keep.mdx'), 'utf8')).toBe('old');
  expect(readdirSync(dir)).toEqual(['reports']);
});
