/**
 * The reports loader (src/lib/report-loader.ts) against a fake Astro loader context: it stores
 * each report's validated data and writes its text's HTML, renders again only what changed, drops
 * what is gone, and names the file and place when a file is broken.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportLoader } from '../../src/lib/report-loader.ts';
import { reportTextFile } from '../../src/lib/report-text-files.ts';
import { reportData, type ReportData } from '../../src/model.ts';
import { withShardSummary } from '../../src/lib/shard.ts';
import { ingestProjectSeeds } from '../helpers/seeds.ts';
import { repoRoot } from '../helpers/paths.ts';

const seeds = await ingestProjectSeeds();
const dir = mkdtempSync(path.join(tmpdir(), 'baogao-loader-'));
const content = path.join(dir, 'reports');
const cache = path.join(dir, 'astro-cache');
const previousCache = process.env['BAOGAO_ASTRO_CACHE'];

beforeAll(() => {
  process.env['BAOGAO_ASTRO_CACHE'] = cache;
});
afterAll(() => {
  if (previousCache === undefined) delete process.env['BAOGAO_ASTRO_CACHE'];
  else process.env['BAOGAO_ASTRO_CACHE'] = previousCache;
  rmSync(dir, { recursive: true, force: true });
});

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** A store that lives across loads, as Astro's content store does between builds. */
const entries = new Map<string, Entry>();
const warnings: string[] = [];
let parsed = 0;

async function load(base = content) {
  const loader = reportLoader({ base });
  await loader.load({
    collection: 'reports',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: unknown }) => (parsed++, reportData.parse(data)),
    generateDigest: (value: string) => String(value.length) + ':' + value.slice(-64),
    logger: { info: () => {}, warn: (m: string) => warnings.push(m), error: () => {} },
    config: { root: pathToFileURL(`${repoRoot}/`) },
  } as unknown as Parameters<typeof loader.load>[0]);
}

const [first, second] = seeds.map(({ result }) => result);
const slugOf = (r: typeof first) => r!.report.data.slug;

describe('reportLoader', () => {
  test('a missing folder gives an empty collection and a warning naming it', async () => {
    await load(path.join(dir, 'nowhere'));
    expect(entries.size).toBe(0);
    expect(warnings.join('\n')).toMatch(/nowhere: no such folder; no reports/);
  });

  test('stores each report with its data and writes its text', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(content, { recursive: true });
    writeFileSync(path.join(content, `${slugOf(first)}.mdx`), first!.mdx);
    writeFileSync(path.join(content, `${slugOf(second)}.mdx`), second!.mdx);
    await load();
    expect([...entries.keys()].sort()).toEqual([slugOf(first), slugOf(second)].sort());
    expect(entries.get(slugOf(first))!.data['slug']).toBe(slugOf(first));
    const html = readFileSync(reportTextFile(slugOf(first), repoRoot), 'utf8');
    expect(html).toContain('<p id="s1-p1"');
    expect(html).toMatch(/<button popovertarget="m1"><data value="/);
    expect(parsed).toBe(2);
  });

  test('a second load with nothing changed parses nothing', async () => {
    await load();
    expect(parsed).toBe(2);
  });

  test('a changed file is loaded again, a removed one leaves the collection with its text', async () => {
    writeFileSync(path.join(content, `${slugOf(first)}.mdx`), first!.mdx.replace('各位代表', '各位代表们'));
    unlinkSync(path.join(content, `${slugOf(second)}.mdx`));
    await load();
    expect(parsed).toBe(3);
    expect([...entries.keys()]).toEqual([slugOf(first)]);
    expect(readFileSync(reportTextFile(slugOf(first), repoRoot), 'utf8')).toContain('各位代表们');
    expect(existsSync(reportTextFile(slugOf(second), repoRoot))).toBe(false);
  });

  test('a shard’s collection holds its own reports only; the site data adds the summary’s others, in its order', async () => {
    writeFileSync(path.join(content, `${slugOf(first)}.mdx`), first!.mdx);
    const summary = path.join(dir, 'summary.jsonl');
    const line = (r: typeof first) => JSON.stringify({ id: slugOf(r), data: r!.report.data });
    writeFileSync(summary, `${line(second)}\n${line(first)}\n`);
    process.env['BAOGAO_SHARD_SUMMARY'] = summary;
    try {
      await load();
      expect([...entries.keys()]).toEqual([slugOf(first)]);
      expect(existsSync(reportTextFile(slugOf(second), repoRoot))).toBe(false);
      const own = [...entries].map(([id, entry]) => ({ id, data: entry.data as unknown as ReportData }));
      const reports = withShardSummary(own);
      // The summary's order (the corpus's file order), the own report whole (the collection's entry).
      expect(reports.map((r) => r.slug)).toEqual([second!.report.data.slug, first!.report.data.slug]);
      expect(reports[1]).toBe(own[0]!.data);
      expect(reports[0]!.title).toBe(second!.report.data.title);
      // A report of the shard that the summary does not have: a summary of another corpus.
      writeFileSync(summary, `${line(second)}\n`);
      expect(() => withShardSummary(own)).toThrow(`${summary}: no line for ${slugOf(first)}`);
    } finally {
      delete process.env['BAOGAO_SHARD_SUMMARY'];
    }
    expect(withShardSummary([{ id: 'x', data: first!.report.data }])).toEqual([first!.report.data]);
  });

  test('a broken body fails naming the file, line and column', async () => {
    const broken = first!.mdx.replace('<P id="s0-p1">', '<P id="s0-p1"><Foo />');
    writeFileSync(path.join(content, `${slugOf(first)}.mdx`), broken);
    const line = broken.slice(0, broken.indexOf('<Foo />')).split('\n').length;
    await expect(load()).rejects.toThrow(new RegExp(`reports/${slugOf(first)}\\.mdx:${line}:\\d+: <Foo>: not an element of the report format`));
  });
});
