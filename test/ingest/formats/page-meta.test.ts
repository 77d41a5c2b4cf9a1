/**
 * What a page says about itself (title, site name, publication date): cues for a report whose
 * text names no district or year, never over what the text says.
 */
import { fromHtml } from 'hast-util-from-html';
import { expect, test } from 'vitest';
import { readPageMeta } from '../../../src/ingest/formats/page-meta.ts';
import { pdfMeta } from '../../../src/ingest/formats/pdf.ts';
import { ingestDocument } from '../../../src/ingest/index.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const knowledge = await projectKnowledge();

const BODY =
  '<p>各位代表：</p><p>现在，我代表区人民政府，向大会报告工作，请予审议。</p><p>一、过去五年工作回顾</p>' +
  '<p>五年来，全区地区生产总值实现473亿元，年均递增8.6%，是2011年的1.5倍；全口径财政收入实现75.6亿元，年均递增8.3%。我们坚持稳中求进，推动经济社会持续健康发展，人民生活不断改善。</p>'.repeat(3);

const page = (head: string, body = BODY) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>` +
  `<div class="article"><h1>政府工作报告</h1>${body}</div><div class="footer">主办：区政府办公室</div></body></html>`;

const ingestPage = (html: string) => ingestDocument(new TextEncoder().encode(html), { path: 'real/x.html', knowledge });

test('government-site meta tags and the title are read: names, and the publication date as YYYY-MM-DD', () => {
  const tree = fromHtml(page('<title>政府工作报告_长春市朝阳区人民政府</title><meta name="SiteName" content="长春市朝阳区人民政府"><meta name="ArticleTitle" content="朝阳区政府工作报告"><meta name="PubDate" content="2016/12/20 09:00">'));
  expect(readPageMeta(tree)).toEqual({
    names: ['朝阳区政府工作报告', '政府工作报告_长春市朝阳区人民政府', '长春市朝阳区人民政府'],
    published: '2016-12-20',
  });
  expect(readPageMeta(fromHtml('<p>x</p>'))).toEqual({});
});

test('a report whose text names no district and no year is identified from its page, with a warning', async () => {
  const { report, file } = await ingestPage(page('<title>政府工作报告_长春市朝阳区人民政府</title><meta name="SiteName" content="长春市朝阳区人民政府"><meta name="PubDate" content="2016-12-20 09:00">'));
  expect(report.data).toMatchObject({ district: { name: '朝阳区' }, city: { name: '长春市' }, year: 2016 });
  expect(report.data.provenance.facts.find((fact) => fact.fact === 'district')).toMatchObject({ source: 'inferred', evidence: expect.stringContaining('长春市朝阳区人民政府') });
  expect(file.messages.find((message) => message.ruleId === 'district-from-page')?.reason).toMatch(/names no district: 朝阳区 \(长春市\)/);
});

test('the page never outweighs the text: a district the text names wins over the site name', async () => {
  const body = BODY.replace('我代表区人民政府', '我代表徐汇区人民政府');
  const { report, file } = await ingestPage(page('<title>上海市人民政府</title><meta name="SiteName" content="上海市浦东新区人民政府"><meta name="PubDate" content="2016-12-20">', body));
  expect(report.data.district.name).toBe('徐汇区');
  expect(file.messages.map((message) => message.ruleId)).not.toContain('district-from-page');
});

test('a page that names no district either is still refused, naming the sidecar', async () => {
  await expect(ingestPage(page('<title>政府工作报告</title><meta name="PubDate" content="2016-12-20">'))).rejects.toThrow(/No district found[\s\S]*real\/x\.meta\.yaml/);
});

test('a PDF title as converters write it; never its creation date (a conversion, often years later)', () => {
  expect(pdfMeta({ info: { Title: 'Microsoft Word - 2019年闵行区政府工作报告.doc', CreationDate: "D:20261206093000+08'00'" } })).toEqual({
    names: ['2019年闵行区政府工作报告'],
  });
  expect(pdfMeta(undefined)).toEqual({});
});
