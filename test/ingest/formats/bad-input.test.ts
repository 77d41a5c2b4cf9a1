/**
 * What cannot be read is refused with a message naming the file and saying what was received and
 * what was expected: never an empty or half report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { ingest, ingestDocument } from '../../../src/ingest/index.ts';
import { projectKnowledge, projectSeeds } from '../../helpers/seeds.ts';
import { linesOf, pdfFile, wordFile } from './make-formats.ts';

const knowledge = await projectKnowledge();
const [seed] = await projectSeeds();
const lines = linesOf(new TextDecoder().decode(seed!.bytes));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(bytes: Uint8Array, path: string): Promise<VFileMessage> {
  try {
    await ingestDocument(bytes, { path, knowledge });
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error(`${path} was ingested; expected a refusal`);
}

describe('Word 97–2003', () => {
  const doc = readFileSync(path.join(import.meta.dirname, '../../fixtures/office/r152.doc'));

  test('a truncated .doc', async () => {
    const message = await refusal(doc.subarray(0, Math.floor(doc.length / 2)), 'in/report.doc');
    expect(message.ruleId).toBe('doc-unreadable');
    expect(message.fatal).toBe(true);
    expect(message.reason).toMatch(/^in\/report\.doc: the Word file cannot be opened \(.+\)/);
  });

  test('bytes that are not a Word document under a .doc name', async () => {
    const message = await refusal(utf8('这不是Word文件'), 'in/report.doc');
    expect(message.reason).toBe(
      'in/report.doc: not a Word document (a .doc is an OLE compound file, and these bytes do not start like one); expected a complete Word 97–2003 file (.doc)',
    );
  });

  test('a .docx under a .doc name is read as a .docx', async () => {
    const { report } = await ingestDocument(await wordFile(lines), { path: 'in/renamed.doc', knowledge });
    expect(report.data.district.name).toBe('徐汇区');
  });
});

describe('Word', () => {
  test('a truncated .docx', async () => {
    const whole = await wordFile(lines);
    const message = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), 'in/report.docx');
    expect(message.ruleId).toBe('docx-unreadable');
    expect(message.fatal).toBe(true);
    expect(message.reason).toMatch(/^in\/report\.docx: the Word file cannot be opened \(.+\): it is truncated or damaged; expected a complete Word file/);
  });

  test('an old .doc under a .docx name is read as what it is; damaged, it is refused as a .doc', async () => {
    const doc = readFileSync(path.join(import.meta.dirname, '../../fixtures/office/r300.doc'));
    const { report } = await ingestDocument(doc, { path: 'in/old.docx', knowledge });
    expect(report.data.district.name).toBe('高阳县');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const message = await refusal(ole, 'in/old.docx');
    expect(message.ruleId).toBe('doc-unreadable');
    expect(message.reason).toMatch(/^in\/old\.docx: the Word file cannot be opened \(.+\): it is truncated, damaged, protected by a password or not a Word document; expected a complete Word 97–2003 file \(\.doc\)$/);
  });

  test('a Word file without text', async () => {
    const message = await refusal(await wordFile([]), 'in/empty.docx');
    expect(message.reason).toContain('in/empty.docx: the Word file holds no text');
  });
});

describe('PDF', () => {
  test('an encrypted PDF', async () => {
    const message = await refusal(await pdfFile(lines.slice(0, 20), { userPassword: 'secret' }), 'in/locked.pdf');
    expect(message.ruleId).toBe('pdf-encrypted');
    expect(message.reason).toMatch(/^in\/locked\.pdf: the PDF is encrypted and needs a password to open/);
  });

  test('a scan: pages without a text layer', async () => {
    const message = await refusal(await pdfFile([], { scan: true }), 'in/scan.pdf');
    expect(message.ruleId).toBe('pdf-no-text');
    expect(message.reason).toMatch(/^in\/scan\.pdf: the PDF has no text layer to read \(1 page, \d+ Chinese characters of text\): it is probably a scan/);
  });

  test('a truncated PDF', async () => {
    const whole = await pdfFile(lines.slice(0, 20));
    const message = await refusal(whole.subarray(0, 2000), 'in/cut.pdf');
    expect(message.ruleId).toMatch(/^pdf-(unreadable|no-text)$/);
    expect(message.reason).toMatch(/^in\/cut\.pdf: /);
  });

  test('something else named .pdf', async () => {
    const message = await refusal(utf8('政府工作报告'), 'in/fake.pdf');
    expect(message.reason).toBe('in/fake.pdf: not a PDF (no `%PDF-` header in the first 1024 bytes); expected a PDF file');
  });
});

describe('web pages', () => {
  test('a web archive (.mhtml) holding no page', async () => {
    const archive = utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n');
    const message = await refusal(archive, 'in/saved.mhtml');
    expect(message.reason).toBe('in/saved.mhtml: a web archive (MHTML) with no web page (text/html part) in it; save the page as .html');
  });

  test('a page with no report in it: a list of links', async () => {
    const list = `<html><head><meta charset="utf-8"><title>政府工作报告_区人民政府</title></head><body>
<div id="nav"><a href="/">首页</a> <a href="/gk">政务公开</a></div>
<ul class="list">${Array.from({ length: 40 }, (_, i) => `<li><a href="/r/${i}">${2000 + i}年某某区人民政府工作报告全文及解读材料汇编</a><span>${2000 + i}-01-20</span></li>`).join('')}</ul>
<div class="footer">版权所有：区人民政府</div></body></html>`;
    const message = await refusal(utf8(list), 'in/list.html');
    expect(message.ruleId).toBe('html-no-report');
    expect(message.reason).toMatch(/^in\/list\.html: no report found in the web page \(/);
  });

  test('a page with a few lines only', async () => {
    const message = await refusal(utf8('<html><body><h1>页面不存在</h1><p>您访问的页面已删除或不存在。</p><a href="/">返回首页</a></body></html>'), 'in/404.htm');
    expect(message.reason).toMatch(/^in\/404\.htm: no report found in the web page \(its main text has \d+ Chinese characters/);
  });

  test('a .txt holding a page is read as a page, with a warning', async () => {
    const page = `<p>${lines.join('</p>\n<p>')}</p>`;
    const result = await ingestDocument(utf8(page), { path: 'in/report.txt', knowledge });
    expect(result.file.messages.map((m) => m.ruleId)).toContain('html-in-txt');
    expect(result.report.data.provenance.format).toBe('html');
    expect(String(result.file.value)).not.toContain('<p>');
    const asText = ingest(seed!.bytes, { path: 'in/report.txt', knowledge });
    expect(result.report.data.outline).toEqual(asText.report.data.outline);
  });

  test('ingest (the synchronous one, for plain text) names the function that reads every other format', () => {
    expect(() => ingest(new Uint8Array([1]), { path: 'in/a.pdf', knowledge })).toThrow('in/a.pdf is a pdf file; use ingestDocument');
    expect(() => ingest(utf8(`<p>${lines.join('</p>\n<p>')}</p>`), { path: 'in/b.txt', knowledge })).toThrow(
      'in/b.txt is a web page saved as text; use ingestDocument',
    );
  });
});
