/** PDF text positions → lines: headers, footers and page numbers out, paragraphs joined. */
import { expect, test } from 'vitest';
import { layoutLines, type PdfPage, type TextRun } from '../../../src/ingest/formats/pdf-layout.ts';

const size = 12;
const left = 72;
const right = 72 + 40 * size;
/** A page of printed lines: `>` marks an indented line; lines are full width unless they end in `|`. */
function page(n: number, lines: string[], extra: TextRun[] = []): PdfPage {
  const runs = lines.map((line, i): TextRun => {
    const indented = line.startsWith('>');
    const short = line.endsWith('|');
    const text = line.replace(/^>|\|$/g, '');
    const x = indented ? left + 2 * size : left;
    return { text, x, y: 760 - i * 18, width: short ? text.length * size : right - x, size };
  });
  return {
    runs: [
      { text: '某某区人民政府文件', x: 200, y: 800, width: 108, size: 9 },
      ...runs,
      { text: `- ${n} -`, x: 290, y: 40, width: 30, size: 9 },
      ...extra,
    ],
  };
}

test('running headers and page numbers are dropped and counted; paragraphs are joined across lines and pages', () => {
  const { lines, dropped } = layoutLines([
    page(1, ['一、2013年工作回顾|', '>全年完成地区生产总值1095亿元，', '增长8%。|', '>二是推进', '城市更新']),
    page(2, ['和旧区改造。|', '>各位代表：|']),
    page(3, ['>谢谢。|']),
  ]);
  expect(lines).toEqual(['一、2013年工作回顾', '全年完成地区生产总值1095亿元，增长8%。', '二是推进城市更新和旧区改造。', '各位代表：', '谢谢。']);
  expect(dropped).toEqual([
    { rule: 'pdf-running-header', text: '某某区人民政府文件', count: 3 },
    { rule: 'pdf-page-number', text: '- 1 -' },
    { rule: 'pdf-page-number', text: '- 2 -' },
    { rule: 'pdf-page-number', text: '- 3 -' },
  ]);
});

test('a short line in mid-sentence does not end an indented paragraph; a heading after a sentence does', () => {
  const { lines } = layoutLines([page(1, ['>全年完成59|', '条“美丽街区”建设。|', '（一）加快发展。|']), page(2, ['>新增6座口袋公园。|'])]);
  expect(lines).toEqual(['全年完成59条“美丽街区”建设。', '（一）加快发展。', '新增6座口袋公园。']);
});

test('page number shapes', () => {
  for (const number of ['- 12 -', '第3页', '第 3 页 共 10 页', '3/10', '—4—', 'Page 5 of 9']) {
    const { dropped } = layoutLines([{ runs: [{ text: '各位代表', x: 72, y: 700, width: 48, size }, { text: number, x: 290, y: 40, width: 30, size: 9 }] }]);
    expect(dropped.map((d) => d.rule)).toEqual(['pdf-page-number']);
  }
});

test('runs on one baseline join, with a space where the PDF leaves a gap between words', () => {
  const { lines } = layoutLines([
    {
      runs: [
        { text: 'GDP', x: 72, y: 700, width: 24, size },
        { text: 'growth', x: 102, y: 700.5, width: 36, size },
        { text: '增长8%', x: 138, y: 700, width: 40, size },
      ],
    },
  ]);
  expect(lines).toEqual(['GDP growth增长8%']);
});
