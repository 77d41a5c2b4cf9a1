import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mergeSiteFolders } from '../../src/build/merge-sites.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'baogao-merge-sites-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name, path)), { recursive: true });
    writeFileSync(join(root, name, path), text);
  }
  return join(root, name);
}

test('the union of the shards, shared pages checked identical, Pagefind folders left to their own merge', () => {
  const a = site('a', { 'index.html': 'home', 'reports/x.html': 'x', 'pagefind/pagefind-entry.json': '{}' });
  const b = site('b', { 'index.html': 'home', 'reports/y.html': 'y', 'pagefind/pagefind-entry.json': '{}' });
  const out = join(root, 'out');
  expect(mergeSiteFolders([a, b], out)).toEqual({ files: 3, shared: 1 });
  expect(readFileSync(join(out, 'reports/y.html'), 'utf8')).toBe('y');
  expect(existsSync(join(out, 'pagefind'))).toBe(false);
});

test('a page two shards built differently is an error naming it, and nothing is written', () => {
  const a = site('a', { 'index.html': 'home', 'years/2014.html': 'one' });
  const b = site('b', { 'index.html': 'home', 'years/2014.html': 'two' });
  const out = site('out', { 'old.html': 'kept' });
  expect(() => mergeSiteFolders([a, b], out)).toThrow(/1 files differ between shards[\s\S]*years\/2014\.html/);
  expect(readFileSync(join(out, 'old.html'), 'utf8')).toBe('kept');
  expect(existsSync(`${out}.tmp`)).toBe(false);
});
