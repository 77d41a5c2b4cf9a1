/**
 * A report's text saved the ways people save reports, made here with ordinary tools so the tests
 * do not depend on files nobody can regenerate: web pages of the shapes government sites use, a
 * Word file (the `docx` library, with a running header and page numbers in the footer) and a PDF
 * (pdfkit with the Noto Sans CJK font, with a running header and page numbers).
 */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** Noto Sans CJK, where Debian's fonts-noto-cjk puts it (CI installs it: src/testenv/requirements.ts). */
export const cjkFont = process.env['CJK_FONT_PATH'] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const cjkFontName = 'NotoSansCJKsc-Regular';

/** The report's lines as a text file has them (blank lines dropped). */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const navigation = `<div class="top"><a href="/">无障碍</a> <a href="/en">English</a> <a href="/m">手机版</a></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li><li><a href="/fw">政务服务</a></li><li><a href="/hd">互动交流</a></li><li><a href="/zt">专题专栏</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gk">政务公开</a> &gt; <a href="/gk/gzbg">政府工作报告</a></div>`;
const afterArticle = `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> 【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/r/1">关于印发2014年重点工作安排的通知</a></li><li><a href="/r/2">区人大常委会审议意见</a></li><li><a href="/r/3">政府工作报告解读</a></li></ul></div>
<div class="footer"><p>主办：区人民政府办公室 承办：区大数据中心</p><p>网站标识码：3101040001 沪ICP备12345678号</p><p><a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p></div>`;

/** The article in a `div` among navigation, breadcrumbs, share bar, related links and footer. */
export function articlePage(lines: readonly string[], options: { charset?: string; title?: string } = {}): string {
  const charset = options.charset ?? 'utf-8';
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(options.title ?? lines[0] ?? '')}_区人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script><style>p { text-indent: 2em }</style></head>
<body>${navigation}
<div class="main"><div class="article"><div class="article-info">发布日期：2014-01-20　来源：区政府办公室　浏览次数：1024　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor" id="zoom">
${lines.map((line) => `<p style="text-indent:2em">${escapeHtml(line)}</p>`).join('\n')}
</div></div>
${afterArticle}</div></body></html>`;
}

/** The older shape: layout tables, the whole report in one cell with `<br>` between paragraphs. */
export function tableCellPage(lines: readonly string[]): string {
  return `<html><head><meta charset="utf-8"><title>${escapeHtml(lines[0] ?? '')}</title></head><body>
<table width="100%"><tr><td>${navigation}</td></tr></table>
<table width="980" align="center"><tr><td class="left" width="200"><table><tr><td><a href="/a">区情概况</a></td></tr><tr><td><a href="/b">领导之窗</a></td></tr><tr><td><a href="/c">机构设置</a></td></tr></table></td>
<td class="content">
${lines.map((line) => `&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(line)}<br>`).join('\n')}
</td></tr></table>
<table width="100%"><tr><td>${afterArticle}</td></tr></table></body></html>`;
}

/**
 * A page in GBK bytes, encoded through the decoder's own table; a character GBK lacks (a no-break
 * space) is written as a numeric character reference, as a GBK site's editor writes it.
 */
export function encodeGb18030(text: string): Uint8Array {
  return encodeWith(text, gbTable());
}

/** Big5 bytes of `text` (traditional script), by inverting Node's Big5 decoder. */
export function encodeBig5(text: string): Uint8Array {
  return encodeWith(text, big5Table());
}

let big5: Map<string, number[]> | undefined;
function big5Table(): Map<string, number[]> {
  if (big5) return big5;
  big5 = new Map();
  const decoder = new TextDecoder('big5');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if ([...char].length === 1 && char !== '\ufffd' && !big5.has(char)) big5.set(char, [lead, trail]);
    }
  }
  return big5;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

function encodeWith(text: string, table: Map<string, number[]>): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(char);
      if (bytes) out.push(...bytes);
      else out.push(...new TextEncoder().encode(`&#${code};`));
    }
  }
  return new Uint8Array(out);
}

let table: Map<string, number[]> | undefined;
function gbTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** A Word file: one paragraph a line, indented two characters, page header and page numbers. */
export async function wordFile(lines: readonly string[], header = '区人民政府文件'): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(header)] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })],
          }),
        },
        children: lines.map((line) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(line)] })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface PdfOptions {
  /** Protect with this password (the file then does not open without it). */
  userPassword?: string;
  /** No text at all: a drawn page, as a scan is a picture. */
  scan?: boolean;
  header?: string;
}

/** A PDF: A4, Noto Sans CJK 11 pt, first lines indented, a running header and `- N -` page numbers. */
export function pdfFile(lines: readonly string[], options: PdfOptions = {}): Promise<Uint8Array> {
  if (!existsSync(cjkFont)) {
    throw new Error(`pdfFile: no Noto Sans CJK font at ${cjkFont}; install fonts-noto-cjk, or set CJK_FONT_PATH to a NotoSansCJK-Regular.ttc`);
  }
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font(cjkFont, cjkFontName).fontSize(11);
  if (options.scan) {
    // A scanned page is an image of text: shapes, no text layer.
    for (let i = 0; i < 30; i++) doc.rect(72, 72 + i * 20, 400 - (i % 3) * 40, 8).fill('#333');
  } else {
    for (const line of lines) doc.text(line, { indent: 22, lineGap: 2 });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.fontSize(9).text(options.header ?? '区人民政府', 72, 36, { lineBreak: false });
    doc.text(`- ${i + 1} -`, 0, doc.page.height - 40, { align: 'center', width: doc.page.width, lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/**
 * A page saved as one file (`.mhtml`) as browsers write it: a MIME message, the page as its first
 * part in quoted-printable (Chrome, Edge) or base64, the part naming the charset or not (Internet
 * Explorer names it; Chrome leaves it to the page), a picture as a second part.
 */
export function webArchive(page: Uint8Array, options: { transfer: 'quoted-printable' | 'base64'; charset?: string }): Uint8Array {
  const boundary = '----MultipartBoundary--Qk3vDq5mTf9yXo2wLh8rZc0aPn4sUe7i----';
  const body = options.transfer === 'base64' ? Buffer.from(page).toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintableOf(page);
  const message = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: http://www.example.gov.cn/zwgk/art/2025/art_1.html',
    'Subject: =?utf-8?Q?=E6=94=BF=E5=BA=9C=E5=B7=A5=E4=BD=9C=E6=8A=A5=E5=91=8A?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    `Content-Type: text/html${options.charset ? `; charset="${options.charset}"` : ''}`,
    'Content-ID: <frame-1@mhtml.blink>',
    `Content-Transfer-Encoding: ${options.transfer}`,
    'Content-Location: http://www.example.gov.cn/zwgk/art/2025/art_1.html',
    '',
    body,
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.example.gov.cn/images/logo.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(message, 'latin1'));
}

/** Quoted-printable: printable ASCII but `=` as is, every other byte `=XX`, lines of at most 76 with soft breaks. */
function quotedPrintableOf(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    if (byte === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    const token = byte >= 0x21 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : byte === 0x20 ? ' ' : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += token;
  }
  lines.push(line);
  return lines.join('\r\n');
}
