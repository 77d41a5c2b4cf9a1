import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CborReader, CborWriter } from '../../src/search/build/cbor.ts';
import { boundaryPrefixes, mergeLanguage, pagefindHash, readChunk, readMeta, type ShardSource } from '../../src/search/build/merge-index.ts';
import { indexPartsUnder, mergeIndexParts } from '../../src/search/build/merge-bundles.ts';
import { byIndexOrder, hasPagefindBody, indexCount, planShards, shardCount } from '../../src/search/build/shards.ts';

const binary = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
const SIGNATURE = 'pagefind_dcd';
const unpack = (file: string) => gunzipSync(readFileSync(file)).subarray(SIGNATURE.length);

/** Small report-like pages: Chinese text, headings with ids, filters, meta (one page has an extra field). */
function page(i: number): string {
  const extra = i === 4 ? '<span data-pagefind-meta="source">旧稿</span>' : '';
  const words = ['生产总值', '旧区改造', '财政收入', '就业', '十二五', 'GDP growth', '城中村改造', '一般公共预算收入'];
  const paragraphs = Array.from({ length: 6 }, (_, p) => {
    const text = Array.from({ length: 5 + ((i * 7 + p * 3) % 11) }, (_, k) => words[(i + p + k) % words.length]).join(',');
    return `<p id="s1-p${p + 1}">第${p + 1}段:${text}。</p>`;
  }).join('');
  return `<!doctype html><html lang="zh-CN"><head><title>报告${i}</title></head><body>
<nav>导航 不应索引</nav>
<main><h1 data-pagefind-meta="title">某区${2010 + i}年政府工作报告</h1>${extra}
<span data-pagefind-filter="year">${2010 + (i % 3)}</span><span data-pagefind-filter="district">${i % 2 ? '徐汇区' : '长宁区'}</span>
<div data-pagefind-body><h2 id="s1">一、工作回顾</h2>${paragraphs}<p data-pagefind-ignore>忽略</p></div></main></body></html>`;
}
const PAGES = 9;
const pagePath = (i: number) => `reports/r${i}.html`;

let root: string;
const pagefind = (site: string, out: string) => {
  const run = spawnSync(binary, ['--site', site, '--output-path', out, '--quiet'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
};
function writeSite(dir: string, pages: number[]) {
  for (const i of pages) {
    mkdirSync(dirname(join(dir, pagePath(i))), { recursive: true });
    writeFileSync(join(dir, pagePath(i)), page(i));
  }
}

/** An index as sets keyed by page fragment name: comparable whatever the page numbering. */
function describe(dir: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  const [language, info] = Object.entries(entry.languages)[0]!;
  const meta = readMeta(unpack(join(dir, `pagefind.${info.hash}.pf_meta`)));
  const name = meta.pages.map((p) => p.hash);
  const words: Record<string, string[]> = {};
  for (const chunk of meta.chunks) {
    for (const word of readChunk(unpack(join(dir, 'index', `${chunk.hash}.pf_index`)))) {
      // Meta locations name fields by index: compare them by field name.
      words[word.word] = word.pages
        .map((p) => {
          const metaLocs = new CborReader(p.src.subarray(p.metaStart, p.end)).item() as number[];
          const named = metaLocs.map((v) => (v < 0 ? meta.metaFields[-v - 1] : v)).join(' ');
          return `${name[p.page]} ${p.src.subarray(p.start, p.metaStart).toString('hex')} ${named}`;
        })
        .sort();
    }
  }
  const filters: Record<string, string[]> = {};
  for (const filter of meta.filters) {
    const [key, values] = new CborReader(unpack(join(dir, 'filter', `${filter.hash}.pf_filter`))).item() as [string, Array<[string, number[]]>];
    for (const [value, pages] of values) filters[`${key}=${value}`] = pages.map((p) => name[p]!).sort();
  }
  const fragments = Object.fromEntries(
    readdirSync(join(dir, 'fragment')).map((f) => [f, createHash('sha1').update(unpack(join(dir, 'fragment', f))).digest('hex')]),
  );
  return { language, pageCount: info.page_count, pages: Object.fromEntries(meta.pages.map((p) => [p.hash, p.wordCount])), metaFields: meta.metaFields, words, filters, fragments };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'merge-index-'));
  writeSite(join(root, 'all'), [...Array(PAGES).keys()]);
  pagefind(join(root, 'all'), join(root, 'all-index'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function mergeShards(groups: number[][], label: string, chunkSize?: number) {
  const dirs = groups.map((pages, k) => {
    const site = join(root, `${label}-site-${k}`);
    writeSite(site, pages);
    pagefind(site, join(root, `${label}-index-${k}`));
    return join(root, `${label}-index-${k}`);
  });
  const out = join(root, `${label}-merged`);
  for (const sub of ['index', 'filter', 'fragment']) mkdirSync(join(out, sub), { recursive: true });
  const sources: ShardSource[] = dirs.map((dir) => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    return {
      meta: unpack(join(dir, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)),
      chunk: (hash) => unpack(join(dir, 'index', `${hash}.pf_index`)),
      filter: (hash) => unpack(join(dir, 'filter', `${hash}.pf_filter`)),
      fragment: (hash) => unpack(join(dir, 'fragment', `${hash}.pf_fragment`)),
    };
  });
  const merged = await mergeLanguage('zh-cn', sources, (path, content) => writeFileSync(join(out, path), content), chunkSize);
  // The test reads files back uncompressed: store them with the signature, gzipped like Pagefind's.
  for (const sub of ['index', 'filter']) {
    for (const f of readdirSync(join(out, sub))) writeFileSync(join(out, sub, f), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), readFileSync(join(out, sub, f))])));
  }
  for (const { shard, from, to } of merged.fragments) writeFileSync(join(out, 'fragment', `${to}.pf_fragment`), readFileSync(join(dirs[shard]!, 'fragment', `${from}.pf_fragment`)));
  writeFileSync(join(out, `pagefind.${merged.metaHash}.pf_meta`), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), merged.meta])));
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: merged.metaHash, wasm: null, page_count: merged.pageCount } } }));
  return { out, merged };
}
test('shards merged give the index Pagefind builds from all pages at once', async () => {
  const single = describe(join(root, 'all-index'));
  expect(single.pageCount).toBe(PAGES);
  expect(Object.keys(single.words)).toContain('生产');
  // Uneven shards; the page with an extra meta field (source) is in the last one only.
  const { out } = await mergeShards([[0, 5, 7], [1, 2], [3, 4, 6, 8]], 'three');
  expect(describe(out)).toEqual(single);
});

test('one shard merged is the same index; small chunks still cover every word', async () => {
  const single = describe(join(root, 'all-index'));
  const { out } = await mergeShards([[...Array(PAGES).keys()]], 'one', 40);
  const merged = describe(out);
  expect(merged).toEqual(single);
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = readMeta(unpack(join(out, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)));
  expect(meta.chunks.length).toBeGreaterThan(3);
  // Chunk bounds are ordered and each chunk's words fall within them.
  for (const chunk of meta.chunks) {
    for (const { word } of readChunk(unpack(join(out, 'index', `${chunk.hash}.pf_index`)))) {
      expect(Buffer.compare(Buffer.from(word), Buffer.from(chunk.from)) >= 0 || word.startsWith(chunk.from)).toBe(true);
    }
  }
});

test('page numbering does not depend on how pages were sharded', async () => {
  const a = (await mergeShards([[0, 1, 2, 3], [4, 5, 6, 7, 8]], 'a')).merged;
  const b = (await mergeShards([[8, 6, 4, 2, 0], [1, 3, 5, 7]], 'b')).merged;
  expect(b.metaHash).toBe(a.metaHash);
});

test('cbor: integers, text and arrays round-trip with the shortest headers', () => {
  const value = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, -26, -300, '', '生产总值', [[1, 2], []]];
  const bytes = new CborWriter().item(value).bytes();
  expect(new CborReader(bytes).item()).toEqual(value);
  expect([...new CborWriter().int(23).int(24).int(-25).bytes()]).toEqual([0x17, 0x18, 0x18, 0x38, 0x18]);
});

test("Pagefind's hash: SHA-1 hex without zero padding", () => {
  // sha1('abc') = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d; bytes 0x06, 0x0d lose their leading 0.
  expect(pagefindHash(Buffer.from('abc'))).toBe('a9993e36476816aba3e25717850c26c9cd0d89d');
});

test('chunk bounds: shortest distinguishing prefixes, by character', () => {
  expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
  expect(boundaryPrefixes('改造', '改革')).toEqual(['改造', '改革']);
  expect(boundaryPrefixes('区', '城')).toEqual(['区', '城']);
});

test('only pages with data-pagefind-body are indexed', () => {
  expect(hasPagefindBody('<div class="report-text" data-pagefind-body><p>x</p></div>')).toBe(true);
  expect(hasPagefindBody('<div data-pagefind-body="">')).toBe(true);
  expect(hasPagefindBody('<p>data-pagefind-body is an attribute</p>')).toBe(false);
  expect(hasPagefindBody('<div data-pagefind-body-x>')).toBe(false);
});

test('shards: a power of two, stable, one changed page changes one shard', () => {
  expect([1, 150, 151, 1000, 3000].map((n) => shardCount(n, 150))).toEqual([1, 1, 2, 8, 32]);
  const pages = Array.from({ length: 1000 }, (_, i) => ({ path: `reports/r${i}.html`, digest: `d${i}` }));
  const before = planShards(pages, 150, 'v1');
  expect(before).toHaveLength(8);
  expect(before.flatMap((s) => s.pages)).toHaveLength(1000);
  const after = planShards(pages.map((p) => (p.path === 'reports/r17.html' ? { ...p, digest: 'changed' } : p)), 150, 'v1');
  expect(after.filter((s, i) => s.key !== before[i]!.key)).toHaveLength(1);
  expect(planShards(pages, 150, 'v2').every((s, i) => s.key !== before[i]!.key)).toBe(true);
});

test('search indexes: about √(pages / 50), a power of two; a shard lies in one index whatever part of the site is indexed', () => {
  expect([1, 50, 51, 200, 201, 1000, 5000, 20_000].map(indexCount)).toEqual([1, 1, 2, 2, 4, 8, 16, 32]);
  const pages = Array.from({ length: 1000 }, (_, i) => ({ path: `reports/r${i}.html`, digest: `d${i}` }));
  const whole = planShards(pages, 150, 'v1');
  expect(new Set(whole.map((s) => s.index)).size).toBe(8);
  const indexOf = new Map(whole.flatMap((s) => s.pages.map((p) => [p.path, s.index] as const)));
  // Half the site, as one shard of a sharded build indexes it: its pages fall into the same indexes.
  const half = planShards(pages.slice(0, 500), 150, 'v1', { sitePages: 1000 });
  for (const shard of half) for (const page of shard.pages) expect(shard.index).toBe(indexOf.get(page.path));
  // Smaller shards: their count is planned from the pages indexed here, and each still lies in its pages' index.
  expect(planShards(pages, 32, 'v1')).toHaveLength(32);
  const halfSmall = planShards(pages.slice(0, 500), 32, 'v1', { sitePages: 1000 });
  expect(halfSmall).toHaveLength(16);
  for (const shard of halfSmall) for (const page of shard.pages) expect(shard.index).toBe(indexOf.get(page.path));
  // More shards than indexes: several shards to an index, each in one.
  const forced = planShards(pages, 150, 'v1', { indexes: 2 });
  expect(forced).toHaveLength(8);
  expect(new Set(forced.map((s) => s.index))).toEqual(new Set(['1-of-2', '2-of-2']));
  expect(() => planShards(pages, 150, 'v1', { indexes: 3 })).toThrow(/power of two/);
  expect(['10-of-16', '2-of-16', '1-of-16'].sort(byIndexOrder)).toEqual(['1-of-16', '2-of-16', '10-of-16']);
});

test('mergeIndexParts: each index merged from its parts; an index whose parts did not change is not merged again', async () => {
  const bundle = (label: string, pages: number[]) => {
    writeSite(join(root, `${label}-site`), pages);
    pagefind(join(root, `${label}-site`), join(root, label));
    return join(root, label);
  };
  const out = join(root, 'parts-merged');
  const parts = [
    { index: '1-of-2', dir: bundle('p1a', [0, 1]) },
    { index: '2-of-2', dir: bundle('p2a', [2, 3]) },
    { index: '1-of-2', dir: bundle('p1b', [4, 5]) },
  ];
  const first = await mergeIndexParts(parts, out);
  expect(first).toEqual({ indexes: ['1-of-2', '2-of-2'], merged: ['1-of-2', '2-of-2'], pages: 6 });
  expect(describe(join(out, '1-of-2')).pages).toEqual(describe(bundle('p1all', [0, 1, 4, 5])).pages);
  expect(indexPartsUnder(out).map((p) => p.index)).toEqual(['1-of-2', '2-of-2']);
  // One part of index 2 changed (a page added): only index 2 is merged again.
  const changed = [parts[0]!, { index: '2-of-2', dir: bundle('p2a', [2, 3, 6]) }, parts[2]!];
  expect(await mergeIndexParts(changed, out)).toEqual({ indexes: ['1-of-2', '2-of-2'], merged: ['2-of-2'], pages: 7 });
  expect(await mergeIndexParts(changed, out)).toMatchObject({ merged: [] });
  await expect(mergeIndexParts([...changed, { index: '1-of-4', dir: parts[0]!.dir }], out)).rejects.toThrow(/differently split/);
});
