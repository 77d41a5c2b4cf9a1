/**
 * The same report saved as text, web page, Word file and PDF is the same report: identity,
 * outline with its anchors, figures and terms. The other formats are made from the seed's own
 * text by the tests (make-formats.ts), with the page furniture, running headers and page numbers
 * that real copies carry, so the test fails if any of it reaches the report or any of the text is lost.
 */
import { describe, expect, test } from 'vitest';
import { ingest, ingestDocument, type IngestResult } from '../../../src/ingest/index.ts';
import { projectKnowledge, projectSeeds } from '../../helpers/seeds.ts';
import { articlePage, encodeGb18030, linesOf, pdfFile, tableCellPage, webArchive, wordFile } from './make-formats.ts';

const knowledge = await projectKnowledge();
const seeds = await projectSeeds();
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Everything the site shows of a report except where it came from. */
function reportFacts({ report }: IngestResult) {
  const { provenance, ...facts } = report.data;
  return { facts, front: report.front.map((line) => line.text), removals: provenance.removals.length };
}

function anchoredText({ report }: IngestResult): Array<[string, string]> {
  return report.blocks.flatMap((block) => [
    ...(block.heading ? [[block.id, block.heading.text] as [string, string]] : []),
    ...block.children.flatMap((child): Array<[string, string]> =>
      child.type === 'paragraph'
        ? [[child.id, child.text]]
        : [[child.id, child.heading.text], ...child.children.map((p): [string, string] => [p.id, p.text])],
    ),
  ]);
}

/** Two seeds of different shapes: an old Shanghai page copy (2014) and a recent report (2025). */
const chosen = ['000_8a680f93dd4856e3.txt', '002_ac793ded085856f1.txt'];

describe.each(chosen)('%s saved in every format', (name) => {
  const seed = seeds.find((s) => s.name === name);
  if (!seed) throw new Error(`seed ${name} is missing`);
  const text = new TextDecoder().decode(seed.bytes);
  const lines = linesOf(text);
  const base = name.replace(/\.txt$/, '');
  const asText = ingest(seed.bytes, { path: `in/${name}`, knowledge });

  const formats: Array<[string, () => Promise<Uint8Array>, string]> = [
    [`${base}.html`, async () => utf8(articlePage(lines)), 'html'],
    [`${base}.gbk.html`, async () => encodeGb18030(articlePage(lines, { charset: 'gbk' })), 'html'],
    [`${base}.htm`, async () => utf8(tableCellPage(lines)), 'html'],
    // Saved as one file: Chrome (quoted-printable, the page's own meta charset), Internet Explorer
    // (a GBK page, the charset named by the part too), base64.
    [`${base}.mhtml`, async () => webArchive(utf8(articlePage(lines)), { transfer: 'quoted-printable' }), 'html'],
    [`${base}.ie.mht`, async () => webArchive(encodeGb18030(articlePage(lines, { charset: 'gbk' })), { transfer: 'quoted-printable', charset: 'gb2312' }), 'html'],
    [`${base}.b64.mht`, async () => webArchive(utf8(articlePage(lines)), { transfer: 'base64', charset: 'utf-8' }), 'html'],
    [`${base}.docx`, () => wordFile(lines), 'docx'],
    [`${base}.pdf`, () => pdfFile(lines), 'pdf'],
  ];

  test.each(formats)('%s gives the same identity, outline, anchors and figures', async (file, make, format) => {
    const result = await ingestDocument(await make(), { path: `in/${file}`, knowledge });
    expect(result.report.data.provenance.format).toBe(format);
    const { facts } = reportFacts(result);
    expect(facts).toEqual(reportFacts(asText).facts);
    expect(facts.metrics.length).toBeGreaterThan(20);
    // Every anchored heading and paragraph, with its text, as the page shows it. In the PDF the
    // middle dot U+00B7 comes back as U+2022: the font draws both with one glyph, and the PDF's
    // text layer names one character per glyph (a property of the file, not of reading it).
    const glyphs = (pairs: Array<[string, string]>) =>
      format === 'pdf' ? pairs.map(([id, t]): [string, string] => [id, t.replace(/\u00b7/g, '\u2022')]) : pairs;
    expect(glyphs(anchoredText(result))).toEqual(glyphs(anchoredText(asText)));
    expect(anchoredText(result).length).toBeGreaterThan(40);
  });

  test('the web page records what it dropped: navigation, breadcrumbs, share bar, related links, footer', async () => {
    const result = await ingestDocument(utf8(articlePage(lines)), { path: `in/${base}.html`, knowledge });
    const dropped = result.report.data.provenance.dropped?.map((d) => d.text) ?? [];
    for (const furniture of ['政务公开', '当前位置：首页 > 政务公开 > 政府工作报告', '相关链接', '网站标识码：3101040001 沪ICP备12345678号']) {
      expect(dropped).toContain(furniture);
    }
    expect(dropped.some((d) => d.startsWith('分享到'))).toBe(true);
    expect(String(result.file.value)).not.toContain('相关链接');
  });

  test('the PDF records its running header and page numbers as dropped', async () => {
    const result = await ingestDocument(await pdfFile(lines, { header: '区政府办公室印发' }), { path: `in/${base}.pdf`, knowledge });
    const dropped = result.report.data.provenance.dropped ?? [];
    const pages = dropped.filter((d) => d.rule === 'pdf-page-number').length;
    expect(pages).toBeGreaterThan(3);
    expect(dropped.find((d) => d.rule === 'pdf-running-header')).toMatchObject({ text: '区政府办公室印发', count: pages });
    expect(String(result.file.value)).not.toMatch(/- \d+ -|区政府办公室印发/);
  });
});
