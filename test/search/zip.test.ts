import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { zip } from '../../src/package/zip.ts';

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
