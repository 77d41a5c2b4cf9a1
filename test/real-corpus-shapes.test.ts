/**
 * The real corpus saved in other shapes real copies take (issue 11): the same texts as a web page
 * in a government site's frame, in traditional script, with CRLF line ends and full-width indents,
 * run together on one line as document sites copy them, as a Word file (title centred and bold,
 * headings in Word's heading styles), as PDF text pasted into Word (lines held by manual breaks),
 * and as text copied out of a PDF (hard-wrapped at 30–40 characters, page numbers and on some a
 * running header between pages).
 * Whatever the plain text identifies, these must identify too (a one-line copy loses its line
 * breaks, so a few may be lost there); the whole reports keep every figure with its period in the
 * Word and PDF-copy shapes. The PDF itself: real-corpus-pdf.test.ts.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { MIN_REPORT_HAN } from '../src/ingest/formats/html.ts';
import type { Report } from '../src/model.ts';
import { corpusText, figuresOf, identifiable, identifies, ingestAs, isWholeReport, plainReports } from './helpers/real-corpus.ts';
import { copiedFromPdf, lineBreakWordFile, paragraphsOf, pageNumberStyles, styledWordFile } from './helpers/report-shapes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A government page around the text: navigation, breadcrumb, one `<p>` a line, footer. */
function asWebPage(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line.trim())}</p>`)
    .join('\n');
  return (
    '<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>' +
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/a">政务公开</a> &gt; <a href="/b">规划计划</a></div>' +
    `<div class="main"><div class="content">${paragraphs}</div></div>` +
    '<div class="footer"><p>版权所有 主办单位:区人民政府办公室 网站标识码</p></div></body></html>'
  );
}

interface Shape {
  /** The text saved in this shape; `k` (the entry's place in the corpus) varies widths and page numbers. */
  save: (text: string, k: number) => Uint8Array | Promise<Uint8Array>;
  extension: string;
  /** The whole reports' figures must be the plain text's. */
  figures?: boolean;
}

/** Printed widths (in characters) and page-number styles vary from text to text, as real copies do. */
const widthFor = (k: number) => 30 + (k % 11);

const shapes: Record<string, Shape> = {
  'a web page': { save: (text) => utf8(asWebPage(text)), extension: 'html' },
  'traditional script': { save: (text) => utf8(toTraditional(text)), extension: 'txt' },
  'CRLF and full-width indents': { save: (text) => utf8(text.split('\n').map((line) => `\u3000\u3000${line}`).join('\r\n')), extension: 'txt' },
  'one line': { save: (text) => utf8(text.split('\n').map((line) => line.trim()).join('')), extension: 'txt' },
  'a Word file': { save: (text) => styledWordFile(paragraphsOf(text)), extension: 'docx', figures: true },
  'PDF text pasted into Word': { save: (text, k) => lineBreakWordFile(paragraphsOf(text), widthFor(k)), extension: 'docx', figures: true },
  'text copied out of a PDF': {
    save: (text, k) =>
      utf8(
        copiedFromPdf(paragraphsOf(text), {
          width: widthFor(k),
          pageLines: 38,
          pageNumbers: k % 4 === 3 ? 'bare' : pageNumberStyles[k % 3]!,
          indent: k % 2 === 0,
          ...(k % 3 === 1 ? { header: '政府工作报告' } : {}),
        }),
      ),
    extension: 'txt',
    figures: true,
  },
};

const plain = await plainReports();

/** A page whose text has fewer Chinese characters than a report needs is refused as holding none. */
const tooShortForAPage = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_REPORT_HAN;

/** Each shape's reports, by entry id, as the identification test read them (the figure test reads them again). */
const saved = new Map<string, Map<string, Report | undefined>>();

describe.each(Object.entries(shapes))('the real corpus saved as %s', (name, shape) => {
  test('identifies what the plain text identifies', async () => {
    const reports = new Map<string, Report | undefined>();
    saved.set(name, reports);
    const lost: string[] = [];
    for (const [k, entry] of identifiable.entries()) {
      const text = corpusText(entry.id);
      if (!plain.has(entry.id) || (shape.extension === 'html' && tooShortForAPage(text))) continue;
      const report = await ingestAs(entry.id, await shape.save(text, k), shape.extension);
      reports.set(entry.id, report);
      if (!identifies(entry, report)) lost.push(entry.id);
    }
    expect(plain.size).toBeGreaterThan(100);
    if (name === 'one line') expect(lost.length / plain.size, `lost: ${lost.join(' ')}`).toBeLessThanOrEqual(0.1);
    else expect(lost).toEqual([]);
  }, 600_000);
});

describe.each(Object.entries(shapes).filter(([, shape]) => shape.figures))('the whole reports saved as %s', (name) => {
  test('keep every figure, with its value, unit, period and role', () => {
    const whole = identifiable.filter(isWholeReport);
    expect(whole.length).toBeGreaterThanOrEqual(8);
    for (const entry of whole) {
      const report = saved.get(name)?.get(entry.id);
      const before = plain.get(entry.id);
      expect(report, entry.id).toBeDefined();
      expect(before!.data.metrics.length, entry.id).toBeGreaterThan(50);
      expect(figuresOf(report!), entry.id).toEqual(figuresOf(before!));
    }
  });
});
