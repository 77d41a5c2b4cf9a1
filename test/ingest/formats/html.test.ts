/** Web pages: charset, lines by block structure, entities decoded once, what is dropped. */
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { hastToLines } from '../../../src/ingest/formats/html-lines.ts';
import { droppedLines, extractPage, withTitle } from '../../../src/ingest/formats/html.ts';
import { declaredCharset, decodePage, encodingOfLabel } from '../../../src/ingest/formats/charset.ts';
import { looksLikeHtml } from '../../../src/ingest/formats/sniff.ts';
import { encodeGb18030 } from './make-formats.ts';

const lines = (html: string) => hastToLines(fromHtml(html, { fragment: true }));

test('blocks, br and table cells end lines; inline elements run on', () => {
  expect(lines('<div><h2>一、2013年工作回顾</h2><p>全年<b>完成</b><a href="#">生产总值</a>1095亿元。</p></div>')).toEqual([
    '一、2013年工作回顾',
    '全年完成生产总值1095亿元。',
  ]);
  expect(lines('<table><tr><td>各位代表：<br>现在，我代表区人民政府<br/><br>一、回顾</td><td>附表</td></tr></table>')).toEqual([
    '各位代表：',
    '现在，我代表区人民政府',
    '一、回顾',
    '附表',
  ]);
});

test('a data table row is one line, cells apart; a layout cell holding blocks is a block', () => {
  expect(lines('<table><tr><th>序号</th><th>项目</th></tr><tr><td>1</td><td>新建<b>养老床位</b>50张</td></tr></table>')).toEqual(['序号 项目', '1 新建养老床位50张']);
  expect(lines('<table><tr><td><a href="/">首页</a></td><td>一、回顾<br>全年完成</td></tr></table>')).toEqual(['首页', '一、回顾', '全年完成']);
});

test('entities are decoded once: what the page shows is what the text holds', () => {
  expect(lines('<p>&lt;script&gt; &amp;lt;b&amp;gt; &#x56FD;&#22269; AT&amp;T &nbsp;x</p>')).toEqual(['<script> &lt;b&gt; 国国 AT&T \u00a0x']);
});

test('through the whole page stage (parse5, linkedom, Readability, hast) entities are still decoded once', () => {
  const sentence = '全年完成地区生产总值1095亿元，比上年增长百分之八，城乡居民收入稳步提高，社会事业全面发展。';
  const page = `<html><head><title>报告</title></head><body><div id="nav"><a href="/">首页</a></div><div class="article">
<p>网页写作 &lt;script&gt; 标签，转义写作 &amp;lt;b&amp;gt;，A&amp;B 公司。</p>
${Array.from({ length: 12 }, () => `<p>${sentence}</p>`).join('\n')}</div></body></html>`;
  const { lines } = extractPage(page, new VFile({ path: 'a.html' }));
  expect(lines[0]).toBe('网页写作 <script> 标签，转义写作 &lt;b&gt;，A&B 公司。');
  expect(lines).toHaveLength(13);
});

test('source line breaks between Han characters are wrapping, not spaces; between words they are spaces', () => {
  expect(lines('<p>推进城市\n    更新，GDP\n growth 与 Shanghai\nPudong</p>')).toEqual(['推进城市更新，GDP growth 与 Shanghai Pudong']);
  expect(lines('<p>政 府 工 作 报 告</p>')).toEqual(['政 府 工 作 报 告']);
});

test('scripts, styles, hidden elements and form controls are not text', () => {
  expect(lines('<p>正文<script>var a = "<p>x</p>";</script><span style="display:none">隐藏</span><button>打印</button></p><style>p{}</style>')).toEqual(['正文']);
});

test('pre keeps its line breaks', () => {
  expect(lines('<pre>第一行\n  第二行</pre>')).toEqual(['第一行', '第二行']);
});

test('the charset a page declares, in <meta charset> or http-equiv, before 1024 bytes', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  expect(declaredCharset(ascii('<html><head><meta charset="GBK"><title>x</title>'))).toBe('GBK');
  expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
  expect(declaredCharset(ascii('<!-- <meta charset="big5"> --><p>none</p>'))).toBeUndefined();
  expect(encodingOfLabel('GB2312')).toBe('gb18030');
  expect(encodingOfLabel('x-unknown')).toBeUndefined();
});

test('a GBK page is decoded by its declaration; a wrong declaration is detected and warned about', () => {
  const page = '<html><head><meta charset="gbk"></head><body><p>徐汇区政府工作报告</p></body></html>';
  const file = new VFile({ path: 'a.html' });
  expect(decodePage(encodeGb18030(page), file)).toEqual({ text: page, encoding: 'gb18030' });
  expect(file.messages).toEqual([]);

  const lying = page.replace('gbk', 'utf-8');
  const file2 = new VFile({ path: 'b.html' });
  expect(decodePage(encodeGb18030(lying), file2).text).toBe(lying);
  expect(file2.messages.map((m) => m.ruleId)).toEqual(['charset-mismatch', 'encoding-detected']);
});

test('a text file is taken for a page when it starts as one or markup runs through it', () => {
  expect(looksLikeHtml('<!DOCTYPE html>\n<html><body>x</body></html>')).toBe(true);
  expect(looksLikeHtml('<p>一、2013年工作回顾</p>\n<p>全年完成</p>\n<p>二、2014年</p>\n')).toBe(true);
  expect(looksLikeHtml('政府工作报告\n各位代表：\n数据 <5% 的部分\n')).toBe(false);
});

test('dropped lines are those of the page the report does not have, each once', () => {
  expect(droppedLines(['首页', '正文', '分享', '正文', '首页'], ['正文', '正文'])).toEqual(['首页', '分享', '首页']);
});

test('a headline shown on the page goes back in front when the text lacks it', () => {
  expect(withTitle(['各位代表：'], '2014年政府工作报告', ['首页', '2014年政府工作报告', '各位代表：'])).toEqual(['2014年政府工作报告', '各位代表：']);
  expect(withTitle(['2014年政府工作报告', '各位代表：'], '2014年政府工作报告', ['2014年政府工作报告'])).toEqual(['2014年政府工作报告', '各位代表：']);
  // The part of the page title that is shown on the page.
  expect(withTitle(['各位代表：'], '上海市徐汇区2025年政府工作报告 - 徐汇区人民政府', ['首页', '上海市徐汇区2025年政府工作报告'])).toEqual([
    '上海市徐汇区2025年政府工作报告',
    '各位代表：',
  ]);
  expect(withTitle(['各位代表：'], '2014年政府工作报告_区政府门户网站', ['2014年政府工作报告'])[0]).toBe('2014年政府工作报告');
  // Only from the page <title>, not shown on the page: not added.
  expect(withTitle(['各位代表：'], '某某区人民政府', ['各位代表：'])).toEqual(['各位代表：']);
});
