/**
 * The content script end to end, as a maintainer runs it: a corpus folder in, MDX files out,
 * a summary and messages naming the file, and an output folder that a failed run never touches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  fixtures,
  listing,
  runIngest,
  runOn,
  smallReport,
  untouched,
  untouchedExpected,
  workspace,
} from './helpers.ts';

const gbkBytes = readFileSync(path.join(fixtures, 'small-report.gbk.txt'));

describe('usage', () => {
  test('--help prints the options and exits 0', () => {
    const run = runIngest(['--help']);
    expect(run.status).toBe(0);
    for (const option of ['--in DIR', '--out DIR', '--json', '--strict']) expect(run.stdout).toContain(option);
  });

  test('an unknown flag exits 2 with the usage', () => {
    const run = runIngest(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--frobnicate');
    expect(run.stderr).toContain('Usage:');
  });

  test('an option without its value exits 2', () => {
    const run = runIngest(['--out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out');
    expect(run.stderr).toContain('Usage:');
  });

  test('a missing --in folder exits 2 naming the folder, and writes nothing', () => {
    const ws = workspace({});
    const run = runIngest(['--in', path.join(ws.dir, 'nowhere'), '--out', ws.out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nowhere');
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('a corpus folder without seeds fails and writes nothing', () => {
    const ws = workspace({ 'notes.md': 'not a seed' });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no reports \(\.txt, \.html, \.htm, .*\.docx, \.doc, \.pdf\) in /);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });
});

describe('a good corpus', () => {
  test('writes one MDX per report, replacing the output folder, and prints the summary', () => {
    const ws = workspace({ 'xuhui.txt': smallReport });
    const run = runOn(ws);
    expect(run.status, run.all).toBe(0);
    const out = listing(ws.out);
    expect(Object.keys(out)).toEqual(['shanghai-xuhui-2014.mdx']);
    expect(out['shanghai-xuhui-2014.mdx']).toMatch(/^---\n/);
    expect(out['shanghai-xuhui-2014.mdx']).toContain('注重发展的质量和效益');
    // The summary row and the totals line.
    expect(run.stdout).toMatch(/shanghai-xuhui-2014\s+徐汇区\s+上海市\s+gov\s+2014\s+2\/3\/\d+/);
    expect(run.stdout).toMatch(/1 report, 0 failed/);
    expect(run.stdout).toMatch(/wrote 1 file to /);
  });

  test('--json prints one object per report with metadata, outline, warnings, removals, metrics', () => {
    const ws = workspace({ 'xuhui.txt': smallReport, 'empty.txt': '' });
    // The empty seed fails; the JSON still lists both reports, the good one with its data.
    const run = runOn(ws, '--json');
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(json.map((r) => [r['file'], r['ok']])).toEqual([
      [path.join(ws.in, 'empty.txt'), false],
      [path.join(ws.in, 'xuhui.txt'), true],
    ]);
    const [failure, report] = json as [Record<string, any>, Record<string, any>];
    expect(failure['errors'][0]).toMatchObject({ file: path.join(ws.in, 'empty.txt'), severity: 'error' });
    expect(report['metadata']).toMatchObject({
      slug: 'shanghai-xuhui-2014',
      kind: 'government-work-report',
      year: 2014,
      district: { name: '徐汇区' },
      city: { name: '上海市' },
    });
    expect(report['outline'].map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining(['s1', 's2']));
    expect(report['outline'][1]).toHaveProperty('paragraphs');
    expect(report['outline'].find((b: { id: string }) => b.id === 's1').sections.map((s: { id: string }) => s.id)).toEqual([
      's1-1',
      's1-2',
    ]);
    for (const key of ['warnings', 'removals', 'damage', 'metrics']) expect(Array.isArray(report[key])).toBe(true);
    // The human summary moved to stderr, so stdout is JSON only.
    expect(run.stderr).toMatch(/2 reports, 1 failed/);
  });
});

describe('bad input fails clearly and leaves the output folder untouched', () => {
  test('empty file', () => {
    const ws = workspace({ 'empty.txt': '' });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.all).toContain('empty.txt');
    expect(run.all).toMatch(/empty/i);
    expect(run.stderr).toMatch(/1 report failed \(.*empty\.txt\); .* left unchanged/);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('binary file', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256);
    const ws = workspace({ 'scan.txt': bytes });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.all).toContain('scan.txt');
    expect(run.all).toMatch(/binary|not text|undecodable/i);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('one bad seed among good ones fails the whole run, naming only the bad one', () => {
    const ws = workspace({ 'a-good.txt': smallReport, 'b-empty.txt': '' });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 report failed \(.*b-empty\.txt\)/);
    expect(run.stderr).not.toMatch(/failed \(.*a-good\.txt/);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('unknown district', () => {
    const text = smallReport.replaceAll('徐汇区', '火星区').replaceAll('上海市', '');
    const ws = workspace({ 'mars.txt': text });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.all).toMatch(/mars\.txt\n.*error No district found.*unknown-district/);
    // It says what to do: the sidecar to write, beside the seed.
    expect(run.all).toContain(`Write the sidecar ${path.join(ws.in, 'mars.meta.yaml')}`);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('ambiguous district: lists the candidates; the sidecar it asks for settles it', () => {
    const text = smallReport.replaceAll('上海市徐汇区', '鼓楼区').replaceAll('徐汇区', '鼓楼区');
    const ws = workspace({ 'gulou.txt': text });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.all).toMatch(/gulou\.txt\n.*error Ambiguous district 鼓楼区/);
    for (const city of ['南京市', '福州市']) expect(run.all).toContain(city);
    expect(untouched(ws)).toEqual(untouchedExpected);

    writeFileSync(path.join(ws.in, 'gulou.meta.yaml'), 'district: 鼓楼区\ncity: 福州市\nreason: test\n');
    const settled = runOn(ws);
    expect(settled.status, settled.all).toBe(0);
    expect(Object.keys(listing(ws.out))).toEqual(['fuzhou-gulou-2014.mdx']);
    expect(settled.stdout).toMatch(/fuzhou-gulou-2014 .* sidecar/);
  });

  test('two seeds that map to the same slug: a copy is set aside with a warning naming both files; another report is an error', () => {
    const copies = workspace({ 'first.txt': smallReport, 'second.txt': `${smallReport}\n` });
    const run = runOn(copies);
    expect(run.status, run.all).toBe(0);
    expect(Object.keys(listing(copies.out))).toEqual(['shanghai-xuhui-2014.mdx']);
    expect(run.all).toMatch(/second\.txt is a copy of the report in .*first\.txt \(shanghai-xuhui-2014; 100% of its text is in it\); kept .*first\.txt, first by file name/);

    const ws = workspace({ 'first.txt': smallReport, 'second.txt': smallReport.replace('2014年1月8日', '2014年12月20日') });
    const conflict = runOn(ws);
    expect(conflict.status).toBe(1);
    expect(conflict.all).toMatch(/second\.txt identifies as the same report \(shanghai-xuhui-2014\) as .*first\.txt \(delivered 2014-12-20 against 2014-01-08\), but they are not copies of one another/);
    expect(conflict.all).toMatch(/first\.txt identifies as the same report \(shanghai-xuhui-2014\) as .*second\.txt \(delivered 2014-01-08 against 2014-12-20\)/);
    expect(untouched(ws)).toEqual(untouchedExpected);
  }, 120_000);

  test('a sidecar that does not match the schema: names the sidecar and the field', () => {
    const ws = workspace({ 'xuhui.txt': smallReport, 'xuhui.meta.yaml': 'year: twenty-fourteen\ncolour: red\n' });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    expect(run.all).toContain('xuhui.meta.yaml');
    expect(run.all).toMatch(/year/);
    expect(run.all).toMatch(/colour/);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });

  test('a sidecar that is not YAML: names the sidecar and the line', () => {
    const ws = workspace({ 'xuhui.txt': smallReport, 'xuhui.meta.yaml': 'year: 2014\nspeaker: {name: [\n' });
    const run = runOn(ws);
    expect(run.status).toBe(1);
    // vfile-reporter: the file's name, then `line:column error reason rule-id source`.
    expect(run.all).toMatch(/xuhui\.meta\.yaml\n\s*3:1 error Sidecar is not valid YAML/);
    expect(untouched(ws)).toEqual(untouchedExpected);
  });
});

describe('other encodings are decoded, with a warning where the encoding was guessed', () => {
  test('GBK without a BOM: decoded as GB18030 with a warning; --strict fails on it', () => {
    const ws = workspace({ 'gbk.txt': gbkBytes });
    const strict = runOn(ws, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.all).toContain('gbk.txt');
    expect(strict.all).toMatch(/gb18030|gbk/i);
    expect(strict.stderr).toMatch(/--strict/);
    expect(untouched(ws)).toEqual(untouchedExpected);

    const run = runOn(ws);
    expect(run.status, run.all).toBe(0);
    expect(run.stdout).toMatch(/gbk\.txt\n.*warning.*(GB18030|GBK)/i);
    expect(run.stdout).toMatch(/shanghai-xuhui-2014 .* gb18030/);
    const mdx = listing(ws.out)['shanghai-xuhui-2014.mdx'];
    expect(mdx).toContain('全区实现生产总值');
  });

  test('UTF-16 with a BOM: decoded without complaint', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(smallReport, 'utf16le')]);
    const ws = workspace({ 'utf16.txt': bytes });
    const run = runOn(ws, '--json', '--strict');
    expect(run.status, run.all).toBe(0);
    const [report] = JSON.parse(run.stdout) as Array<Record<string, any>>;
    expect(report?.['encoding']).toBe('utf-16le');
    expect(listing(ws.out)['shanghai-xuhui-2014.mdx']).toContain('全区实现生产总值');
  });
});

describe('a text with no structure', () => {
  const plain = [
    '上海市徐汇区2014年政府工作报告',
    '过去一年,全区实现生产总值1095亿元,增长8%。',
    '今年,我们将继续推进旧区改造,新增4所幼儿园。',
    '让我们共同努力,完成全年目标任务。',
  ].join('\n');

  test('becomes one part of plain paragraphs, with a warning; --strict fails on it', () => {
    const ws = workspace({ 'plain.txt': plain });
    const strict = runOn(ws, '--strict');
    expect(strict.status).toBe(1);
    expect(untouched(ws)).toEqual(untouchedExpected);

    const run = runOn(ws, '--json');
    expect(run.status, run.all).toBe(0);
    const [report] = JSON.parse(run.stdout) as Array<Record<string, any>>;
    const parts = report?.['outline'].filter((b: { kind: string }) => b.kind === 'part');
    expect(parts).toHaveLength(1);
    expect(parts[0].sections).toEqual([]);
    expect(parts[0].paragraphs).toBeGreaterThanOrEqual(2);
    expect(report?.['warnings']).toContainEqual({
      file: path.join(ws.in, 'plain.txt'),
      line: 1,
      column: 1,
      ruleId: 'no-structure',
      reason: expect.stringMatching(/part/),
      severity: 'warning',
    });
    expect(run.stderr).toMatch(/plain\.txt\n1:1 warning .* no-structure/);
  });
});

describe('sidecars', () => {
  test('a valid sidecar overrides inference and is flagged in the summary', () => {
    const ws = workspace({
      'xuhui.txt': smallReport,
      'xuhui.meta.yaml': 'date: 2014-01-08\nreason: the header gives the date in words\n',
    });
    const run = runOn(ws);
    expect(run.status, run.all).toBe(0);
    expect(run.stdout).toMatch(/shanghai-xuhui-2014.*sidecar/);
  });

  test('a sidecar without its seed is a warning', () => {
    const ws = workspace({ 'xuhui.txt': smallReport, 'ghost.meta.yaml': 'year: 2014\n' });
    writeFileSync(path.join(ws.in, 'README'), 'not a seed');
    const run = runOn(ws, '--strict');
    expect(run.status).toBe(1);
    expect(run.all).toMatch(/ghost\.meta\.yaml[\s\S]*no seed/);
  });
});
