/**
 * The real corpus printed to PDF (issue 11) as a government office prints a report (GB/T 9704
 * shapes): title centred and larger, body wrapped at the page width with indented paragraphs, page
 * numbers `— 3 —` outside, `- 3 -` or `第3页` centred, and on most files a running header. Read back
 * through pdf.js and the layout stage, every text the plain text identifies is identified, and the
 * whole reports keep every figure with its value, unit, period and role. Apart from the other
 * shapes (real-corpus-shapes.test.ts) because making and reading ~200 PDFs takes most of a minute.
 */
import { describe, expect, test } from 'vitest';
import type { Report } from '../src/model.ts';
import { corpusText, figuresOf, identifiable, identifies, ingestAs, isWholeReport, plainReports } from './helpers/real-corpus.ts';
import { pageNumberStyles, paragraphsOf, printedPdf } from './helpers/report-shapes.ts';

const plain = await plainReports();
const headers = [undefined, '大会文件', '内部资料　注意保存'];

describe('the real corpus printed to PDF', () => {
  const reports = new Map<string, Report | undefined>();

  test('identifies what the plain text identifies', async () => {
    const lost: string[] = [];
    for (const [k, entry] of identifiable.entries()) {
      if (!plain.has(entry.id)) continue;
      const pdf = await printedPdf(paragraphsOf(corpusText(entry.id)), { pageNumbers: pageNumberStyles[k % 3]!, header: headers[k % 3] });
      const report = await ingestAs(entry.id, pdf, 'pdf');
      reports.set(entry.id, report);
      if (!identifies(entry, report)) lost.push(entry.id);
    }
    expect(plain.size).toBeGreaterThan(100);
    expect(lost).toEqual([]);
  }, 900_000);

  test('the whole reports keep every figure, with its value, unit, period and role', () => {
    const whole = identifiable.filter(isWholeReport);
    expect(whole.length).toBeGreaterThanOrEqual(8);
    for (const entry of whole) {
      const report = reports.get(entry.id);
      expect(report, entry.id).toBeDefined();
      expect(figuresOf(report!), entry.id).toEqual(figuresOf(plain.get(entry.id)!));
    }
  });
});
