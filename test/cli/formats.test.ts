/**
 * `npm run ingest` on a folder as a researcher keeps one: reports saved as text, web page, Word
 * file and PDF side by side, and files it cannot read. Each report is written once with its format
 * in the summary; every file not read is named; a report that cannot be read fails the run, named,
 * and nothing is written.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { articlePage, encodeGb18030, linesOf, pdfFile, wordFile } from '../ingest/formats/make-formats.ts';
import { listing, root, runOn, untouched, untouchedExpected, workspace } from './helpers.ts';

// Each test runs the ingest as a child process on several reports: slow on a shared machine.
vi.setConfig({ testTimeout: 120_000 });

const seedLines = (name: string) => linesOf(readFileSync(path.join(root, 'seeds', name), 'utf8'));

test('a folder mixing all five formats: one report per document, the format in the flags, every other file named', async () => {
  const ws = workspace({
    'xuhui-2014.txt': readFileSync(path.join(root, 'seeds/000_8a680f93dd4856e3.txt')),
    'report-2025.html': encodeGb18030(articlePage(seedLines('002_ac793ded085856f1.txt'), { charset: 'gbk' })),
    'shangcheng.docx': await wordFile(seedLines('003_9bc730d6815c430c.txt')),
    'report.pdf': await pdfFile(seedLines('001_fb16f82d61c4a2eb.txt')),
    'gaoyang.doc': readFileSync(path.join(root, 'test/fixtures/office/r300.doc')),
    'notes.wps': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
  });
  mkdirSync(path.join(ws.in, 'drafts'));
  const run = runOn(ws, '--json');
  expect(run.status, run.all).toBe(0);
  const json = JSON.parse(run.stdout) as Array<{ file: string; format: string; dropped: Array<{ rule: string }> }>;
  expect(json.map((r) => [path.basename(r.file), r.format])).toEqual([
    ['gaoyang.doc', 'doc'],
    ['report-2025.html', 'html'],
    ['report.pdf', 'pdf'],
    ['shangcheng.docx', 'docx'],
    ['xuhui-2014.txt', 'text'],
  ]);
  expect(json.find((r) => r.format === 'pdf')!.dropped.map((d) => d.rule)).toContain('pdf-page-number');
  const written = Object.keys(listing(ws.out)).filter((name) => name.endsWith('.mdx') && name !== 'sentinel.mdx');
  expect(written).toHaveLength(5);
  const row = (slugPart: string) => run.stderr.split('\n').find((line) => line.includes(slugPart)) ?? '';
  const frontmatter = (name: string) => JSON.parse(listing(ws.out)[name]!.split('\n---\n')[0]!.replace(/^---\n/, '')) as { provenance: { sourceFile: string } };
  const bySource = new Map(written.map((name) => [frontmatter(name).provenance.sourceFile, name.replace(/\.mdx$/, '')]));
  expect([...bySource.keys()].sort()).toEqual(['gaoyang.doc', 'report-2025.html', 'report.pdf', 'shangcheng.docx', 'xuhui-2014.txt']);
  expect(row(bySource.get('report-2025.html')!)).toMatch(/\bhtml\b.*\bgb18030\b/);
  expect(row(bySource.get('shangcheng.docx')!)).toMatch(/\bdocx\b/);
  expect(row(bySource.get('report.pdf')!)).toMatch(/\bpdf\b/);
  expect(row(bySource.get('xuhui-2014.txt')!)).not.toMatch(/\b(html|docx|pdf)\b/);
  // Each file not read: its path, then one warning line saying why.
  for (const [name, why] of [['notes.wps', 'a word-processor format'], ['photo.jpg', 'an image'], ['drafts', 'a folder']]) {
    expect(run.all).toMatch(new RegExp(`in/${name}\\n\\s+warning Not read: ${why}.*ignored-file`));
  }
});

test('bad input in each format is refused, naming the file, and nothing is written', async () => {
  const word = await wordFile(seedLines('003_9bc730d6815c430c.txt'));
  const ws = workspace({
    'good.txt': readFileSync(path.join(root, 'seeds/000_8a680f93dd4856e3.txt')),
    'cut.docx': word.subarray(0, Math.floor(word.length / 2)),
    'locked.pdf': await pdfFile(seedLines('001_fb16f82d61c4a2eb.txt').slice(0, 10), { userPassword: 'x' }),
    'scan.pdf': await pdfFile([], { scan: true }),
    'list.html': `<html><body><ul>${'<li><a href="/x">2014年政府工作报告全文</a></li>'.repeat(30)}</ul></body></html>`,
  });
  const run = runOn(ws);
  expect(run.status).toBe(1);
  expect(run.all).toMatch(/cut\.docx: the Word file cannot be opened/);
  expect(run.all).toMatch(/locked\.pdf: the PDF is encrypted/);
  expect(run.all).toMatch(/scan\.pdf: the PDF has no text layer/);
  expect(run.all).toMatch(/list\.html: no report found in the web page/);
  expect(run.stderr).toMatch(/error: 4 reports failed/);
  expect(untouched(ws)).toEqual(untouchedExpected);
});

test('a .txt holding a web page is warned about and read as a page', () => {
  const page = articlePage(seedLines('000_8a680f93dd4856e3.txt'));
  const ws = workspace({ 'saved.txt': page });
  const run = runOn(ws);
  expect(run.status, run.all).toBe(0);
  expect(run.all).toMatch(/saved\.txt\n\s+warning This text file holds a web page \(HTML markup\): read as a web page; save it as \.html\s+html-in-txt/);
  expect(run.stdout).toMatch(/shanghai-xuhui-2014 .* html\b/);
});
