import { expect, test } from 'vitest';
import { archivedPage, isWebArchive, quotedPrintable } from '../../../src/ingest/formats/mhtml.ts';
import { encodeGb18030, webArchive } from './make-formats.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('quoted-printable: soft line breaks joined, =XX to bytes, the rest as it is', () => {
  const bytes = quotedPrintable('<meta charset=3D"utf-8"><p>=E5=90=84=E4=BD=8D=\r\n=E4=BB=A3=E8=A1=A8</p>');
  expect(new TextDecoder().decode(bytes)).toBe('<meta charset="utf-8"><p>各位代表</p>');
});

test('the page part of an archive, in each transfer encoding, with the charset the part names', () => {
  const page = '<html><body><p>——2025年1月8日在区第十七届人民代表大会第五次会议上</p></body></html>';
  for (const transfer of ['quoted-printable', 'base64'] as const) {
    const archive = webArchive(utf8(page), { transfer });
    expect(isWebArchive(archive)).toBe(true);
    expect(new TextDecoder().decode(archivedPage(archive)!.bytes)).toBe(page);
  }
  const gbk = archivedPage(webArchive(encodeGb18030(page), { transfer: 'quoted-printable', charset: 'gb2312' }))!;
  expect(gbk.charset).toBe('gb2312');
  expect(new TextDecoder('gb18030').decode(gbk.bytes)).toBe(page);
});

test('a page or a text is not an archive; an archive without a page has no page', () => {
  expect(isWebArchive(utf8('<!DOCTYPE html><html><body>MIME-Version: 1.0</body></html>'))).toBe(false);
  expect(isWebArchive(utf8('各位代表:\nContent-Type: multipart/related'))).toBe(false);
  const picturesOnly = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
  expect(isWebArchive(utf8(picturesOnly))).toBe(true);
  expect(archivedPage(utf8(picturesOnly))).toBeUndefined();
});
