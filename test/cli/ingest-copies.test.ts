/**
 * A scraped corpus holds copies of one report (a government page, a forum's shortened repost, a
 * news item reprinting part of it): the ingest writes one page, from the fullest copy, and warns
 * on each other copy naming both files; a text that only identifies alike is an error, not lost.
 * The published slug and ids stay when a fuller copy arrives later.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listing, root, runOn, untouched, untouchedExpected, workspace, type Workspace } from './helpers.ts';

const seed = readFileSync(path.join(root, 'seeds', '000_8a680f93dd4856e3.txt'), 'utf8');
const lines = seed.split('\n');
const reviewAt = lines.findIndex((line) => line.startsWith('一、'));
const planAt = lines.findIndex((line) => line.startsWith('二、'));
/** The forum's repost: header and the plan, the review left out. */
const shortened = [...lines.slice(0, reviewAt), ...lines.slice(planAt)].join('\n');
/** A news item reprinting the review after its own lead. */
const reprint = ['新华网上海1月9日电 1月8日,上海市徐汇区第十五届人民代表大会第四次会议开幕,区长过剑飞作政府工作报告。以下为报告摘要:', ...lines.slice(reviewAt, planAt)].join('\n');
/** A news item on the report in its own words: no copy of it. */
const summary = [
  '1月8日上午,上海市徐汇区第十五届人民代表大会第四次会议开幕。区长过剑飞作政府工作报告,报告回顾了2013年工作,提出了2014年的目标任务。',
  '报告指出,2013年全区实现生产总值1095亿元,增长8%,完成区级财政收入118.7亿元。',
].join('\n');

const slug = 'shanghai-xuhui-2014';
const reportsOf = (ws: Workspace) => Object.keys(listing(ws.out));
const ledgersOf = (ws: Workspace) => readdirSync(path.join(ws.dir, 'ledger')).sort();
const sourceFile = (mdx = '') => (JSON.parse(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as { provenance: { sourceFile: string } }).provenance.sourceFile;
const warningsOn = (all: string, rule: string) => all.split('\n').filter((line) => line.includes(rule));

test('copies of one report: one page, from the fullest, and a warning on each copy naming it and the kept file, whatever their names', () => {
  const alone = workspace({ 'gov.txt': seed });
  expect(runOn(alone, '--no-cache').status).toBe(0);
  const page = listing(alone.out)[`${slug}.mdx`];

  // The same three texts under names in both orders: the fullest is kept either way.
  for (const names of [['a.txt', 'b.txt', 'c.txt'], ['c.txt', 'b.txt', 'a.txt']] as const) {
    const [full, short, news] = names;
    const ws = workspace({ [full]: seed, [short]: shortened, [news]: reprint });
    const run = runOn(ws, '--no-cache');
    expect(run.status, run.all).toBe(0);
    expect(reportsOf(ws)).toEqual([`${slug}.mdx`]);
    const mdx = listing(ws.out)[`${slug}.mdx`];
    expect(sourceFile(mdx)).toBe(full);
    expect(mdx?.replace(`"sourceFile":"${full}"`, '"sourceFile":"gov.txt"')).toBe(page);
    const warnings = warningsOn(run.stdout, 'duplicate-report');
    expect(warnings).toHaveLength(2);
    for (const copy of [short, news]) {
      const on = warnings.filter((line) => line.includes(`${copy} is a copy of the report in ${path.join(ws.in, full)} (${slug};`));
      expect(on, run.stdout).toHaveLength(1);
      expect(on[0]).toContain(`kept ${path.join(ws.in, full)}, the fuller text (`);
    }
    expect(run.stdout).toMatch(/^3 reports, 0 failed, 2 copies set aside, 2 warnings,/m);
    // Nothing of a copy is written: one ledger, the kept copy's.
    expect(ledgersOf(ws)).toEqual([full.replace('.txt', '.yaml')]);
  }
}, 240_000);

test('a copy set aside is a warning: --strict fails on it', () => {
  const ws = workspace({ 'gov.txt': seed, 'forum.txt': shortened });
  const run = runOn(ws, '--no-cache', '--strict');
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/error: --strict: 1 warning;/);
}, 120_000);

test('--json lists a copy set aside with the file it is a copy of', () => {
  const ws = workspace({ 'gov.txt': seed, 'forum.txt': shortened });
  const run = runOn(ws, '--no-cache', '--json');
  expect(run.status, run.stderr).toBe(0);
  const entries = JSON.parse(run.stdout) as Array<{ file: string; ok: boolean; copyOf?: string; warnings: Array<{ ruleId: string }> }>;
  expect(entries.map((entry) => [path.basename(entry.file), entry.ok, entry.copyOf && path.basename(entry.copyOf)])).toEqual([
    ['forum.txt', false, 'gov.txt'],
    ['gov.txt', true, undefined],
  ]);
  expect(entries[0]?.warnings.map((warning) => warning.ruleId)).toEqual(['duplicate-report']);
}, 120_000);

test('a text that identifies as the report but is no copy of it: an error on each, naming the other, nothing written', () => {
  const ws = workspace({ 'gov.txt': seed, 'news.txt': summary });
  const run = runOn(ws, '--no-cache');
  expect(run.status).toBe(1);
  const errors = warningsOn(run.stdout, 'duplicate-slug');
  expect(errors).toHaveLength(2);
  expect(errors[0]).toContain(`${path.join(ws.in, 'gov.txt')} identifies as the same report (${slug}) as ${path.join(ws.in, 'news.txt')} (`);
  expect(errors[1]).toContain(`${path.join(ws.in, 'news.txt')} identifies as the same report (${slug}) as ${path.join(ws.in, 'gov.txt')} (`);
  expect(errors[1]).toContain('but they are not copies of one another');
  expect(run.stderr).toMatch(/error: 2 reports failed \(.*gov\.txt, .*news\.txt\)/);
  expect(untouched(ws)).toEqual(untouchedExpected);
  expect(existsSync(path.join(ws.dir, 'ledger'))).toBe(false);
}, 120_000);

test('a fuller copy added later keeps the published slug and ids; the next run changes nothing, with the cache or without', () => {
  const ws = workspace({ 'forum.txt': shortened });
  const cache = path.join(ws.dir, 'cache');
  const cli = (...args: string[]) => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/ingest.ts'), '--in', ws.in, '--out', ws.out, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BAOGAO_INGEST_CACHE: cache, NO_COLOR: '1' },
    });
    return { status: result.status, stdout: result.stdout, all: result.stdout + result.stderr };
  };
  const first = cli();
  expect(first.status, first.all).toBe(0);
  // Published from the shortened copy: its only part, the plan, is `s1`.
  const published = listing(ws.out)[`${slug}.mdx`]!;
  expect(published).toMatch(/<H id="s1" level=\{2\}>二、2014年/);

  writeFileSync(path.join(ws.in, 'gov.txt'), seed);
  const second = cli();
  expect(second.status, second.all).toBe(0);
  expect(warningsOn(second.stdout, 'duplicate-report')[0]).toContain(`forum.txt is a copy of the report in ${path.join(ws.in, 'gov.txt')}`);
  const kept = listing(ws.out)[`${slug}.mdx`]!;
  expect(sourceFile(kept)).toBe('gov.txt');
  // The plan keeps `s1` and its paragraphs their ids; the review, new to the report, gets new ids.
  expect(kept).toMatch(/<H id="s1" level=\{2\}>二、2014年/);
  expect(kept).not.toMatch(/<H id="s1" level=\{2\}>一、/);
  const ids = (mdx: string) => [...mdx.matchAll(/<P id="(s1-[^"]+)"/g)].map((m) => m[1]);
  expect(ids(kept)).toEqual(expect.arrayContaining(ids(published)));
  // The ledger goes on under the kept copy's name; the copy's is left as it was.
  expect(ledgersOf(ws)).toEqual(['forum.yaml', 'gov.yaml']);
  const gov = readFileSync(path.join(ws.dir, 'ledger', 'gov.yaml'), 'utf8');
  const forum = readFileSync(path.join(ws.dir, 'ledger', 'forum.yaml'), 'utf8');
  expect(gov).toMatch(/^# Anchor ledger of gov\.txt/);

  for (const args of [[], ['--no-cache']]) {
    const again = cli(...args);
    expect(again.status, again.all).toBe(0);
    expect(again.stdout).not.toContain('anchor ledger');
    expect(listing(ws.out)[`${slug}.mdx`]).toBe(kept);
    expect(readFileSync(path.join(ws.dir, 'ledger', 'gov.yaml'), 'utf8')).toBe(gov);
    expect(readFileSync(path.join(ws.dir, 'ledger', 'forum.yaml'), 'utf8')).toBe(forum);
  }
}, 240_000);
