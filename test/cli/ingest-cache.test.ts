/**
 * The ingest cache: a second run re-uses every unchanged seed, a changed seed (or sidecar) is
 * ingested again alone, a changed knowledge file or pipeline source invalidates everything, and a
 * replayed result prints and writes exactly what a fresh one does.
 *
 * Runs the CLI in-process on a project root of its own (knowledge copied, src/ linked), so that
 * knowledge files can be edited without touching the repository's.
 */
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runIngest } from '../../src/cli/run.ts';
import { runFingerprint } from '../../src/cli/ingest-cache.ts';
import { fixtures, listing, root as repoRoot, smallReport } from './helpers.ts';

const gbkBytes = readFileSync(path.join(fixtures, 'small-report.gbk.txt'));
/** A second report with its own slug: the same text, one year later. */
const nextYear = smallReport.replaceAll('2014', '2015').replaceAll('2013', '2014');

interface Project {
  root: string;
  in: string;
  out: string;
  cache: string;
}

function project(seeds: Record<string, string | Uint8Array>): Project {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-cache-'));
  mkdirSync(path.join(dir, 'content'));
  for (const name of ['places', 'indicators', 'glossary']) {
    copyFileSync(path.join(repoRoot, 'content', `${name}.yaml`), path.join(dir, 'content', `${name}.yaml`));
  }
  symlinkSync(path.join(repoRoot, 'src'), path.join(dir, 'src'));
  copyFileSync(path.join(repoRoot, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  const p = { root: dir, in: path.join(dir, 'in'), out: path.join(dir, 'out'), cache: path.join(dir, 'cache') };
  mkdirSync(p.in);
  for (const [name, content] of Object.entries(seeds)) writeFileSync(path.join(p.in, name), content);
  return p;
}

function collector() {
  let text = '';
  return { stream: { isTTY: false, write: (s: string) => ((text += s), true) }, text: () => text };
}

async function run(p: Project, ...extra: string[]) {
  const stdout = collector();
  const stderr = collector();
  const status = await runIngest({
    argv: ['--in', p.in, '--out', p.out, ...extra],
    cwd: p.root,
    root: p.root,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { BAOGAO_INGEST_CACHE: p.cache },
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const withoutCacheLine = (s: string) => s.replace(/^ingest cache: .*\n/m, '');

describe('the ingest cache', () => {
  test('a second run re-uses every report and writes the same files', async () => {
    const p = project({ 'a.txt': smallReport, 'b.txt': nextYear });
    const first = await run(p);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('ingest cache: 0 of 2 reports re-used (cache)');
    const written = listing(p.out);
    expect(Object.keys(written)).toEqual(['shanghai-xuhui-2014.mdx', 'shanghai-xuhui-2015.mdx']);
    // Each result under the ledger it was made with (none) and the one it wrote (read next time),
    // and the knowledge as built (src/cli/knowledge-files.ts).
    expect(readdirSync(p.cache).filter((name) => name.endsWith('.json'))).toHaveLength(4);
    expect(readdirSync(p.cache).filter((name) => /^knowledge-[0-9a-f]{64}\.v8$/.test(name))).toHaveLength(1);
    expect(readdirSync(path.join(p.root, 'ledger')).sort()).toEqual(['a.yaml', 'b.yaml']);

    const second = await run(p);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('ingest cache: 2 of 2 reports re-used (cache)');
    expect(listing(p.out)).toEqual(written);
    // All the same but what moved: the first run issued every id and wrote the ledgers, the second kept them.
    const withoutMoves = (out: string) => withoutCacheLine(out).replace(/^(ids: |  \S+: \d+ kept|updated \d+ anchor ledger).*\n/gm, '');
    expect(withoutMoves(second.stdout)).toBe(withoutMoves(first.stdout));
    expect(first.stdout).toMatch(/^ids: 0 kept, 0 kept after an edit, \d+ new, 0 retired \(2 reports\)$/m);
    expect(second.stdout).toMatch(/^ids: \d+ kept, 0 kept after an edit, 0 new, 0 retired \(2 reports\)$/m);
    expect(second.stdout).not.toContain('anchor ledger');
  });

  test('changing one seed ingests only that seed again', async () => {
    const p = project({ 'a.txt': smallReport, 'b.txt': nextYear });
    expect((await run(p)).status).toBe(0);
    writeFileSync(path.join(p.in, 'b.txt'), nextYear.replace('注重改善民生', '注重保障民生'));
    const again = await run(p);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('ingest cache: 1 of 2 reports re-used');
    expect(listing(p.out)['shanghai-xuhui-2015.mdx']).toContain('注重保障民生');
    expect(listing(p.out)['shanghai-xuhui-2014.mdx']).toContain('注重改善民生');
  });

  test('adding a sidecar to a seed ingests that seed again', async () => {
    const p = project({ 'a.txt': smallReport, 'b.txt': nextYear });
    expect((await run(p)).status).toBe(0);
    writeFileSync(path.join(p.in, 'b.meta.yaml'), 'meeting: 第十五届人民代表大会第五次会议\nreason: test\n');
    const again = await run(p);
    expect(again.stdout, again.stderr).toContain('ingest cache: 1 of 2 reports re-used');
  });

  test('changing a knowledge file invalidates every report', async () => {
    const p = project({ 'a.txt': smallReport, 'b.txt': nextYear });
    expect((await run(p)).status).toBe(0);
    appendFileSync(path.join(p.root, 'content', 'glossary.yaml'), '\n# edited\n');
    const again = await run(p);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('ingest cache: 0 of 2 reports re-used');
  });

  test('a replayed report prints the same warnings and the same --json as a fresh one', async () => {
    const p = project({ 'gbk.txt': gbkBytes });
    // The first run writes the ledger; a fresh run and a replay then read the same one.
    expect((await run(p)).status).toBe(0);
    const fresh = await run(p, '--json', '--no-cache');
    const replayed = await run(p, '--json');
    expect(replayed.stderr).toContain('ingest cache: 1 of 1 report re-used');
    expect(replayed.stdout).toBe(fresh.stdout);
    expect(JSON.parse(replayed.stdout)[0].warnings[0]).toMatchObject({ file: path.join('in', 'gbk.txt'), severity: 'warning' });
    expect(withoutCacheLine(replayed.stderr)).toBe(withoutCacheLine(fresh.stderr));
    expect(replayed.stderr).toMatch(/gbk\.txt\n.*warning.*(GB18030|GBK)/i);
    // --strict fails on a replayed warning as on a fresh one, and leaves the output as it was.
    const strict = await run(p, '--strict');
    expect(strict.status).toBe(1);
  });

  test('--no-cache neither reads nor writes the cache', async () => {
    const p = project({ 'a.txt': smallReport });
    const run1 = await run(p, '--no-cache');
    expect(run1.status, run1.stderr).toBe(0);
    expect(run1.stdout).not.toContain('ingest cache');
    expect(() => readdirSync(p.cache)).toThrow(/ENOENT/);
  });

  test('a failed seed is not cached, and runs again next time', async () => {
    const p = project({ 'a.txt': smallReport, 'empty.txt': '' });
    expect((await run(p)).status).toBe(1);
    expect(readdirSync(p.cache).filter((name) => name.endsWith('.json'))).toHaveLength(2); // a.txt, under no ledger and the one it would write
    const again = await run(p);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('ingest cache: 1 of 2 reports re-used');
  });
});

describe('runFingerprint', () => {
  test('changes with the pipeline source, the model and each knowledge file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baogao-fp-'));
    mkdirSync(path.join(dir, 'src', 'ingest', 'metrics'), { recursive: true });
    mkdirSync(path.join(dir, 'content'));
    const files = [
      'src/ingest/clean.ts',
      'src/ingest/metrics/index.ts',
      'src/model.ts',
      'package-lock.json',
      'content/places.yaml',
      'content/indicators.yaml',
      'content/glossary.yaml',
    ];
    for (const f of files) writeFileSync(path.join(dir, f), `// ${f}\n`);
    const fingerprints = [await runFingerprint(dir, path.join(dir, 'content'))];
    expect(await runFingerprint(dir, path.join(dir, 'content'))).toBe(fingerprints[0]);
    for (const f of files) {
      appendFileSync(path.join(dir, f), 'changed\n');
      fingerprints.push(await runFingerprint(dir, path.join(dir, 'content')));
    }
    expect(new Set(fingerprints).size).toBe(files.length + 1);
    // Files outside the pipeline do not matter.
    writeFileSync(path.join(dir, 'src', 'README.md'), 'notes');
    writeFileSync(path.join(dir, 'src', 'ingest', 'notes.md'), 'notes');
    expect(await runFingerprint(dir, path.join(dir, 'content'))).toBe(fingerprints.at(-1));
  });
});
