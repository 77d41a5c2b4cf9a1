/**
 * Word files as offices make them: headings in Word's heading styles, a centred bold title, and
 * text pasted from a PDF whose printed lines are manual line breaks inside each paragraph.
 */
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { extractDocx } from '../../../src/ingest/formats/docx.ts';
import { hastToLines } from '../../../src/ingest/formats/html-lines.ts';
import { ingest, ingestDocument } from '../../../src/ingest/index.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';
import { lineBreakWordFile, REPORT_FRONT, styledWordFile, wrapLine } from '../../helpers/report-shapes.ts';

const knowledge = await projectKnowledge();

/** Two printed lines of 20 characters exactly: a paragraph end that only the Word paragraph shows. */
const FILLED = '城镇新增就业岗位稳定增长，群众获得感幸福感安全感持续增强，社会大局保持和谐稳定。';
const report = [
  ...REPORT_FRONT,
  FILLED,
  '过去一年，全区实现地区生产总值1234.5亿元，增长12.5%；一般公共预算收入34.85亿元，增长6.8%；社会消费品零售总额达到456.7亿元，增长9.1%。',
  '（一）坚持创新驱动，产业能级持续提升',
  '城乡居民人均可支配收入分别增长8.2%和9.3%，新增就业岗位1.2万个，城镇登记失业率控制在3.5%以内，群众获得感持续增强。',
  '二、2025年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。',
];

test('a block whose lines are held by br is followed by a blank line, where a document has such blocks', () => {
  const lines = (html: string) => hastToLines(fromHtml(html, { fragment: true }), { blankBetweenBrokenBlocks: true });
  expect(lines('<p>过去一年，全区<br>实现增长。</p><p>一、回顾</p><p>今年<br>目标。</p>')).toEqual(['过去一年，全区', '实现增长。', '', '一、回顾', '', '今年', '目标。']);
  // No br anywhere: one line a block, as for any page.
  expect(lines('<p>一、回顾</p><p>今年目标。</p>')).toEqual(['一、回顾', '今年目标。']);
});

test('PDF text pasted into Word (printed lines as manual breaks) reads as the report, paragraph for paragraph', async () => {
  const plain = ingest(new TextEncoder().encode(report.join('\n')), { path: 'in/x.txt', knowledge });
  const width = 20;
  expect(wrapLine(FILLED, width)).toHaveLength(2);
  const docx = await lineBreakWordFile(report, width);
  const { lines } = await extractDocx(docx, new VFile({ path: 'in/x.docx' }));
  expect(lines).toContain('');
  const result = await ingestDocument(docx, { path: 'in/x.docx', knowledge });
  const { provenance: _p, ...facts } = result.report.data;
  const { provenance: _q, ...plainFacts } = plain.report.data;
  expect(facts).toEqual(plainFacts);
  expect(facts.metrics.map((m) => m.text)).toContain('1234.5亿元');
});

test('a Word file with a centred bold title and heading styles reads as the report', async () => {
  const plain = ingest(new TextEncoder().encode(report.join('\n')), { path: 'in/x.txt', knowledge });
  const result = await ingestDocument(await styledWordFile(report), { path: 'in/x.docx', knowledge });
  const { provenance: _p, ...facts } = result.report.data;
  const { provenance: _q, ...plainFacts } = plain.report.data;
  expect(facts).toEqual(plainFacts);
});
