/**
 * Decode stage: the seed's bytes → text with LF line ends, and the encoding it was read from.
 *
 * Accepted: UTF-8 with or without BOM (`utf-8`, `utf-8-bom`), UTF-16 with BOM (`utf-16le`,
 * `utf-16be`), and GB18030/GBK or Big5 without BOM (`gb18030`, `big5`, detected when the bytes are
 * not UTF-8, with a warning: of the two, the decoding whose characters are the common ones). Empty, binary and undecodable input fail with a message that names the file, what
 * was received and what was expected.
 */
import type { VFile } from 'vfile';
import type { Decoded } from '../model.ts';
import { commonHanShare } from './common-han.ts';

const expected = 'expected a report as text in UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5';

/** Share of control characters above which decoded text is taken for binary data. */
export const CONTROL_SHARE = 0.01;

// C0 controls other than tab, LF, VT, FF, CR; DEL; C1 controls.
const controlChar = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

export function decode(bytes: Uint8Array, file: VFile): Decoded {
  const name = file.path || '(unnamed input)';
  const fail = (reason: string, ruleId: string, line?: number): never =>
    file.fail(`${name}: ${reason}; ${expected}`, {
      ruleId,
      source: 'baogao',
      place: line === undefined ? undefined : { line, column: 1 },
    });

  if (bytes.byteLength === 0) fail('the file is empty (0 bytes)', 'empty-input');

  const { text, encoding } = readText(bytes, fail);
  const controls = text.match(controlChar)?.length ?? 0;
  if (text.includes('\u0000') || controls / text.length > CONTROL_SHARE) {
    const nul = text.indexOf('\u0000');
    const what = nul >= 0 ? `a NUL character at line ${lineAt(text, nul)}` : `${controls} control characters`;
    fail(`received binary data (${what} in ${bytes.byteLength} bytes), not text`, 'binary-input');
  }
  if (text.trim() === '') {
    fail(`the file holds only whitespace (${bytes.byteLength} bytes)`, 'empty-input');
  }
  if (encoding === 'gb18030' || encoding === 'big5') {
    const name = encoding === 'big5' ? 'Big5 (traditional script)' : 'GB18030/GBK';
    file.message(`Read as ${name}: the bytes are not valid UTF-8 and there is no byte-order mark`, {
      ruleId: 'encoding-detected',
      source: 'baogao',
    });
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

type Fail = (reason: string, ruleId: string, line?: number) => never;

function readText(bytes: Uint8Array, fail: Fail): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return {
      text: strictDecode('utf-8', bytes.subarray(3)) ?? failUtf8(bytes, 3, fail),
      encoding: 'utf-8-bom',
    };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strictDecode(encoding, bytes.subarray(2));
    if (text === undefined)
      fail(`the bytes after the ${encoding} byte-order mark are not valid ${encoding}`, 'undecodable-input');
    return { text: text ?? '', encoding };
  }
  // NUL bytes never occur in UTF-8 or GBK text: binary, or UTF-16 that lost its byte-order mark.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeBomlessUtf16(bytes) ? ', perhaps UTF-16 without a byte-order mark' : '';
    fail(
      `received binary data (a NUL byte at offset ${nul} of ${bytes.byteLength}${hint}), not text`,
      'binary-input',
    );
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // GB18030 decodes almost any bytes; a traditional-script file in Big5 reads as rare characters.
  const gb = strictDecode('gb18030', bytes);
  const big5 = wellFormedBig5(bytes) ? strictDecode('big5', bytes) : undefined;
  if (big5 !== undefined && (gb === undefined || commonHanShare(big5) > commonHanShare(gb))) return { text: big5, encoding: 'big5' };
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  return failUtf8(bytes, 0, fail);
}

/**
 * Big5's byte structure: ASCII, or a lead byte 0x81–0xFE and a trail byte 0x40–0x7E or 0xA1–0xFE.
 * Checked by hand because Node's Big5 decoder drops some bytes it cannot map (0xFF) even when fatal.
 */
function wellFormedBig5(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (lead < 0x81 || lead > 0xfe || !((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false;
    i += 1;
  }
  return true;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function failUtf8(bytes: Uint8Array, from: number, fail: Fail): never {
  const bad = firstInvalidUtf8(bytes, from);
  const line = countLines(bytes, bad);
  const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return fail(
    `the bytes are neither UTF-8 nor GB18030/GBK nor Big5 (first invalid UTF-8 sequence at byte ${bad}, line ${line}: ${hex})`,
    'undecodable-input',
    line,
  );
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || strictDecode('utf-8', bytes.subarray(i, i + size)) === undefined) return i;
    i += size;
  }
  return i;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** ASCII-heavy UTF-16 has NUL in every other byte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = bytes.length / 2;
  return Math.max(even, odd) > half * 0.3 && Math.min(even, odd) < half * 0.05;
}
