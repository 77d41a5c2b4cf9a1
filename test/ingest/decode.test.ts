import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { decode, firstInvalidUtf8 } from '../../src/ingest/decode.ts';
import { encodeBig5, encodeGb18030 } from './formats/make-formats.ts';

const path = 'seeds/example.txt';
const file = (): VFile => new VFile({ path });

/** Run decode expecting a fatal message; return it. */
function failure(bytes: Uint8Array): VFileMessage {
  try {
    decode(bytes, file());
  } catch (error) {
    return error as VFileMessage;
  }
  throw new Error('decode did not fail');
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 with a byte-order mark, written out byte by byte. */
function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const bytes = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

// 政府工作报告 CR LF 区，2014年 in GBK, from the GB 2312 code table (Node has no GBK encoder).
const gbkReport = new Uint8Array([
  0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0x0d, 0x0a, 0xc7, 0xf8, 0xa3, 0xac,
  0x32, 0x30, 0x31, 0x34, 0xc4, 0xea,
]);

describe('decode: accepted encodings', () => {
  test('UTF-8 without BOM', () => {
    const f = file();
    expect(decode(utf8('政府工作报告\n一、回顾'), f)).toEqual({
      text: '政府工作报告\n一、回顾',
      encoding: 'utf-8',
    });
    expect(f.messages).toEqual([]);
  });

  test('UTF-8 with BOM: the BOM is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('各位代表:')]);
    expect(decode(bytes, file())).toEqual({ text: '各位代表:', encoding: 'utf-8-bom' });
  });

  test('UTF-16 LE and BE with BOM', () => {
    expect(decode(utf16('区长 陈瑾\r\n各位代表', 'le'), file())).toEqual({
      text: '区长 陈瑾\n各位代表',
      encoding: 'utf-16le',
    });
    expect(decode(utf16('区长 陈瑾\r\n各位代表', 'be'), file())).toEqual({
      text: '区长 陈瑾\n各位代表',
      encoding: 'utf-16be',
    });
  });

  test('GBK without BOM is read as GB18030, with a warning naming the encoding', () => {
    const f = file();
    expect(decode(gbkReport, f)).toEqual({ text: '政府工作报告\n区，2014年', encoding: 'gb18030' });
    expect(f.messages).toHaveLength(1);
    expect(f.messages[0]?.ruleId).toBe('encoding-detected');
    expect(f.messages[0]?.fatal).toBe(false);
    expect(f.messages[0]?.reason).toMatch(/GB18030\/GBK/);
  });

  test('CRLF and lone CR become LF; full-width punctuation and digits stay as written', () => {
    expect(decode(utf8('一\r\n二\r三\n四，１２'), file()).text).toBe('一\n二\n三\n四，１２');
  });

  test('the five seeds are UTF-8 and decode unchanged', () => {
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(`seeds/${name}`);
      const decoded = decode(bytes, new VFile({ path: `seeds/${name}` }));
      expect(decoded.encoding).toBe('utf-8');
      expect(decoded.text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });
});

describe('decode: refused input', () => {
  test('empty file', () => {
    const error = failure(new Uint8Array());
    expect(error.ruleId).toBe('empty-input');
    expect(error.fatal).toBe(true);
    expect(error.file).toBe(path);
    expect(error.reason).toMatchInlineSnapshot(
      `"seeds/example.txt: the file is empty (0 bytes); expected a report as text in UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5"`,
    );
  });

  test('whitespace only, including a BOM, nbsp and ideographic spaces', () => {
    expect(failure(utf8(' \n\t\r\n')).ruleId).toBe('empty-input');
    const error = failure(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\u00a0\u3000\n')]));
    expect(error.ruleId).toBe('empty-input');
    expect(error.reason).toMatch(
      /^seeds\/example\.txt: the file holds only whitespace \(9 bytes\); expected/,
    );
  });

  test('NUL bytes: binary', () => {
    const error = failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(error.ruleId).toBe('binary-input');
    expect(error.reason).toMatchInlineSnapshot(
      `"seeds/example.txt: received binary data (a NUL byte at offset 8 of 10), not text; expected a report as text in UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5"`,
    );
  });

  test('UTF-16 without BOM is refused as binary with a hint', () => {
    const bomless = utf16('Report 2014 Xuhui district', 'le').subarray(2);
    expect(failure(bomless).reason).toMatch(/perhaps UTF-16 without a byte-order mark/);
  });

  test('a high share of control characters: binary', () => {
    const bytes = utf8('政府\u0001\u0002\u0003\u0004工作报告');
    const error = failure(bytes);
    expect(error.ruleId).toBe('binary-input');
    expect(error.reason).toMatch(/received binary data \(4 control characters in 22 bytes\)/);
  });

  test('a stray control character in a long text is not binary', () => {
    const text = `${'政府工作报告。'.repeat(50)}\u001a`;
    expect(decode(utf8(text), file()).text).toBe(text);
  });

  test('a traditional-script report in Big5 is read as Big5, not as GB18030 gibberish, with a warning', () => {
    // Seed 004 is a traditional-script copy; Big5 holds all its Han characters but a few, written as &#…;.
    const text = readFileSync('seeds/004_7ac9c9b3664c3e79.txt', 'utf8').replace(/\r\n?/g, '\n');
    const f = file();
    const decoded = decode(encodeBig5(text), f);
    expect(decoded.encoding).toBe('big5');
    const unescaped = decoded.text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(unescaped).toBe(text);
    expect(f.messages[0]?.reason).toMatch(/Read as Big5/);
    // The same text in GBK stays GB18030, and short GBK lines are not taken for Big5.
    expect(decode(encodeGb18030(text), file()).encoding).toBe('gb18030');
    expect(decode(encodeGb18030('政府工作报告\n区，2014年'), file()).encoding).toBe('gb18030');
  });

  test('bytes that are neither UTF-8 nor GB18030: undecodable, with the place', () => {
    // Latin-1 `café` on line 2: 0xE9 followed by a space is no GB18030 sequence either.
    const bytes = new Uint8Array([...utf8('ok\ncaf'), 0xe9, 0x20, 0x0a]);
    const error = failure(bytes);
    expect(error.ruleId).toBe('undecodable-input');
    expect(error.line).toBe(2);
    expect(error.reason).toMatchInlineSnapshot(
      `"seeds/example.txt: the bytes are neither UTF-8 nor GB18030/GBK nor Big5 (first invalid UTF-8 sequence at byte 6, line 2: e9 20 0a); expected a report as text in UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5"`,
    );
  });

  test('UTF-16 with BOM but an odd number of bytes: undecodable', () => {
    const bytes = new Uint8Array([...utf16('区长', 'le'), 0x41]);
    expect(failure(bytes).ruleId).toBe('undecodable-input');
  });

  test('a file without a path is still named', () => {
    try {
      decode(new Uint8Array(), new VFile());
      expect.unreachable();
    } catch (error) {
      expect((error as VFileMessage).reason).toMatch(/^\(unnamed input\): the file is empty/);
    }
  });
});

describe('firstInvalidUtf8', () => {
  test('finds the first bad sequence and skips good multi-byte ones', () => {
    expect(firstInvalidUtf8(utf8('区长'))).toBe(6);
    expect(firstInvalidUtf8(new Uint8Array([...utf8('区'), 0xe5, 0x8c]))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
  });
});
