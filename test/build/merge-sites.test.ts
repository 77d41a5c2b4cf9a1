import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  expect(mergeSiteFolders([a, b], out)).toMatchObject({ files: 3, shared: 1 });
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

test('with a manifest, a merge into the site merged before links again only the files whose shard copy changed', () => {
  const a = site('a', { 'index.html': 'home', 'reports/x.html': 'x', 'reports/gone.html': 'g' });
  const b = site('b', { 'index.html': 'home', 'reports/y.html': 'y' });
  const out = join(root, 'out');
  const manifest = join(root, 'manifest.json');
  expect(mergeSiteFolders([a, b], out, { manifest })).toMatchObject({ files: 4, written: 4, incremental: false });
  // The later steps replace the site's copy of a page (package.ts fills in the download link).
  writeFileSync(join(out, 'reports/y.html.new'), 'y, filled');
  renameSync(join(out, 'reports/y.html.new'), join(out, 'reports/y.html'));
  const unchanged = statSync(join(out, 'index.html')).mtimeMs;

  // Shard a built again: x changed, index.html rewritten with the same bytes, gone.html no more.
  rmSync(a, { recursive: true });
  site('a', { 'index.html': 'home', 'reports/x.html': 'x, changed' });
  expect(mergeSiteFolders([a, b], out, { manifest })).toMatchObject({ files: 3, written: 1, removed: 1, incremental: true });
  expect(readFileSync(join(out, 'reports/x.html'), 'utf8')).toBe('x, changed');
  expect(readFileSync(join(out, 'reports/y.html'), 'utf8')).toBe('y, filled');
  expect(statSync(join(out, 'index.html')).mtimeMs).toBe(unchanged);
  expect(existsSync(join(out, 'reports/gone.html'))).toBe(false);

  // A shared page that now differs is still an error, and the site and its manifest are left as they were.
  writeFileSync(join(b, 'index.html'), 'other home');
  expect(() => mergeSiteFolders([a, b], out, { manifest })).toThrow(/index\.html/);
  expect(existsSync(manifest)).toBe(true);
});
