import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeZip, zip } from '../../src/package/zip.ts';

test('writes an archive that unzip extracts byte for byte, with UTF-8 names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    const text = Buffer.from('旧区改造 '.repeat(500), 'utf8');
    const binary = Buffer.from([0, 1, 2, 255, 254]);
    const archive = await zip([
      { name: 'site/报告.html', data: text },
      { name: 'site/a/b.bin', data: binary },
      { name: 'site/empty.txt', data: new Uint8Array() },
    ]);
    expect(archive.length).toBeLessThan(text.length);
    writeFileSync(join(dir, 'x.zip'), archive);
    execFileSync('unzip', ['-q', 'x.zip'], { cwd: dir });
    expect(readFileSync(join(dir, 'site/报告.html'))).toEqual(text);
    expect(readFileSync(join(dir, 'site/a/b.bin'))).toEqual(binary);
    expect(readFileSync(join(dir, 'site/empty.txt')).length).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same entries give the same bytes, in the order given, however compression interleaves', async () => {
  // Sizes vary so that entries finish compressing out of order.
  const entries = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from(`第${i}段 `.repeat(((i * 7919) % 97) * 200 + 1)) }));
  const archive = await zip(entries);
  expect(archive.equals(await zip(entries))).toBe(true);
  const names = [...archive.toString('latin1').matchAll(/PK\x01\x02[\s\S]{42}(f\d+\.txt)/g)].map((m) => m[1]);
  expect(names).toEqual(entries.map((e) => e.name));
});

test('a file streamed through deflate gives the same bytes as one read whole, stored when deflate does not help', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    // Larger than a read stream's 64 KB chunks, so deflate sees it in pieces.
    const text = Buffer.from(Array.from({ length: 20000 }, (_, i) => `第${i}段，同比增长${i % 97}%。`).join('\n'), 'utf8');
    const noise = randomBytes(200_000);
    writeFileSync(join(dir, 'text.txt'), text);
    writeFileSync(join(dir, 'noise.bin'), noise);
    const files = [
      { name: 'a/text.txt', file: join(dir, 'text.txt'), size: text.length },
      { name: 'a/noise.bin', file: join(dir, 'noise.bin'), size: noise.length },
      { name: 'a/stored.txt', file: join(dir, 'text.txt'), size: text.length, store: true },
    ];
    const whole = await zip(files);
    const streamed = await zip(files, { streamAbove: 1000 });
    expect(streamed.equals(whole)).toBe(true);
    expect(streamed.length).toBeLessThan(text.length * 2 + noise.length);
    writeFileSync(join(dir, 'x.zip'), streamed);
    execFileSync('unzip', ['-q', 'x.zip', '-d', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/a/text.txt'))).toEqual(text);
    expect(readFileSync(join(dir, 'out/a/noise.bin'))).toEqual(noise);
    expect(readFileSync(join(dir, 'out/a/stored.txt'))).toEqual(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writeZip writes the archive to its file and counts what went in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    writeFileSync(join(dir, 'page.html'), '<p>待定</p>');
    const summary = await writeZip(
      [
        { name: 'README.txt', data: Buffer.from('读我') },
        { name: 'page.html', file: join(dir, 'page.html'), size: 13, transform: (bytes) => Buffer.from(bytes.toString('utf8').replace('待定', '离线')) },
      ],
      join(dir, 'x.zip'),
    );
    expect(summary).toEqual({ bytes: readFileSync(join(dir, 'x.zip')).length, entries: 2, reused: 0, unread: 0, inputBytes: Buffer.byteLength('读我') + Buffer.byteLength('<p>离线</p>') });
    execFileSync('unzip', ['-q', 'x.zip', '-d', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/page.html'), 'utf8')).toBe('<p>离线</p>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('more than 65,535 entries: the zip64 end records, read by unzip', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    const count = 0x10000 + 5;
    const entries = Array.from({ length: count }, (_, i) => ({ name: `p/${i}.txt`, data: Buffer.from(String(i)), store: true }));
    writeFileSync(join(dir, 'x.zip'), await zip(entries));
    const listing = execFileSync('unzip', ['-l', 'x.zip'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(listing.trim().split('\n').at(-1)).toMatch(new RegExp(`\\s${count} files$`));
    execFileSync('unzip', ['-q', 'x.zip', `p/${count - 1}.txt`, '-d', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, `out/p/${count - 1}.txt`), 'utf8')).toBe(String(count - 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('entries of a previous archive with the same data are copied, and the archive is the same as one written cold', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    const page = (i: number, text = '') => ({ name: `p/${i}.html`, data: Buffer.from(`<p>第${i}页${'报告正文'.repeat(50 + i)}${text}</p>`) });
    const before = [page(1), page(2), page(3), { name: 'gone.txt', data: Buffer.from('旧'.repeat(100)) }];
    await writeZip(before, join(dir, 'old.zip'));
    // Page 2 changed (same size: only the CRC tells), page 4 is new, gone.txt gone, index.js stored.
    const after = [page(1), { name: 'p/2.html', data: Buffer.from(page(2).data.toString().replace('第2页', '第9页')) }, page(3), page(4), { name: 'index.js', data: randomBytes(300), store: true }];
    const reusing = await writeZip(after, join(dir, 'new.zip'), { previous: join(dir, 'old.zip') });
    await writeZip(after, join(dir, 'cold.zip'));
    expect(reusing.reused).toBe(2);
    expect(readFileSync(join(dir, 'new.zip')).equals(readFileSync(join(dir, 'cold.zip')))).toBe(true);
    // A file that is no archive is no previous archive.
    writeFileSync(join(dir, 'junk.zip'), 'not a zip');
    expect((await writeZip(after, join(dir, 'junk-based.zip'), { previous: join(dir, 'junk.zip') })).reused).toBe(0);
    expect(readFileSync(join(dir, 'junk-based.zip')).equals(readFileSync(join(dir, 'cold.zip')))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entries vouched unchanged are copied from the previous archive unread, in runs, and the archive is the one written cold', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));
  try {
    const text = (i: number, edit = '') => Buffer.from(`<p>第${i}页${'报告正文'.repeat(40 + i)}${edit}</p>`);
    const put = (i: number, edit = '') => writeFileSync(join(dir, `${i}.html`), text(i, edit));
    const entry = (i: number, unchanged = false) => ({ name: `p/${i}.html`, file: join(dir, `${i}.html`), size: text(i).length, unchanged });
    for (let i = 1; i <= 6; i++) put(i);
    await writeZip([{ name: 'README.txt', data: Buffer.from('读我') }, ...[1, 2, 3, 4, 5, 6].map((i) => entry(i))], join(dir, 'old.zip'));
    // 3 changed, 5 gone, 7 new: the unchanged run is broken twice. The vouched files are not read.
    put(3, '改过');
    put(7);
    const after = [{ name: 'README.txt', data: Buffer.from('读我') }, entry(1, true), entry(2, true), { ...entry(3), size: text(3, '改过').length }, entry(4, true), entry(6, true), entry(7)];
    for (const i of [1, 2, 4, 6]) writeFileSync(join(dir, `${i}.html`), 'not read');
    const reusing = await writeZip(after, join(dir, 'new.zip'), { previous: join(dir, 'old.zip') });
    expect(reusing).toMatchObject({ entries: 7, unread: 4 });
    for (const i of [1, 2, 4, 6]) put(i);
    await writeZip(after.map((input) => ({ ...input, unchanged: false })), join(dir, 'cold.zip'));
    expect(readFileSync(join(dir, 'new.zip')).equals(readFileSync(join(dir, 'cold.zip')))).toBe(true);
    execFileSync('unzip', ['-q', 'new.zip', '-d', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/p/3.html'))).toEqual(text(3, '改过'));
    expect(readFileSync(join(dir, 'out/p/6.html'))).toEqual(text(6));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
