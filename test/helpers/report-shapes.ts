/**
 * A report's text saved in the shapes real copies take beyond web pages (issue 11), made in memory
 * with ordinary tools so that tests can run them over the whole real corpus:
 *
 * - a Word file as an office types it: the title lines centred and bold, part and section headings
 *   in Word's heading styles, body paragraphs indented two characters; or pasted text whose lines
 *   are manual line breaks (Shift+Enter) inside a few long paragraphs;
 * - a PDF as a government office prints it (GB/T 9704): title centred and larger, body wrapped at the
 *   page width and indented, `— 3 —` page numbers outside (right on odd pages, left on even), or
 *   `- 3 -` / `第3页` centred, and a running header;
 * - the text copied out of such a PDF: every line hard-wrapped at a fixed width (full-width
 *   characters 1, ASCII ½, so breaking inside `12.5` and `亿元`), page-number lines between pages.
 *
 * The shapes know nothing of any report: only the shapes of the lines (a short line before the
 * salutation is a title line, `一、` and `（一）` start headings).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { cjkFont } from '../ingest/formats/make-formats.ts';

/** The front of a small report (title, dateline, salutation, opening, review heading) for shape tests. */
export const REPORT_FRONT = [
  '上海市徐汇区政府工作报告',
  '——2025年1月7日在上海市徐汇区第十七届人民代表大会第五次会议上',
  '各位代表：',
  '现在，我代表徐汇区人民政府，向大会作政府工作报告，请予审议，并请区政协委员和其他列席人员提出意见。',
  '一、2024年工作回顾',
] as const;

/** The report's lines (trimmed, blank lines dropped). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

type Role = 'title' | 'part' | 'section' | 'body';

/**
 * How an office would style each line: title lines (short, before the first long line or the
 * salutation, not page chrome), headings, body.
 */
export function rolesOf(lines: readonly string[]): Role[] {
  let front = true;
  return lines.map((line, index) => {
    if (front && (index >= 6 || line.length > 40 || /^各位代表|^同志们/.test(line))) front = false;
    // Page chrome copied along (a breadcrumb, a `来源:` field) is no title an office would centre.
    if (front && !/>|[:：]/.test(line)) return 'title';
    if (line.length <= 40 && /^[一二三四五六七八九十]{1,3}、/.test(line)) return 'part';
    if (line.length <= 40 && /^[（(][一二三四五六七八九十]{1,3}[)）]/.test(line)) return 'section';
    return 'body';
  });
}

/** A Word file typed in an office: centred bold title, Heading 1/2 headings, indented body. */
export async function styledWordFile(lines: readonly string[]): Promise<Uint8Array> {
  const roles = rolesOf(lines);
  const children = lines.map((line, i) => {
    switch (roles[i]) {
      case 'title':
        return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: true, size: 32 })] });
      case 'part':
        return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line)] });
      case 'section':
        return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(line)] });
      default:
        return new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(line)] });
    }
  });
  return pack(children);
}

/**
 * Text copied out of a PDF and pasted into Word: each paragraph a Word paragraph whose printed
 * lines are held by manual line breaks (Shift+Enter), so it breaks in mid-sentence.
 */
export async function lineBreakWordFile(lines: readonly string[], width: number): Promise<Uint8Array> {
  const children = lines.map(
    (line) => new Paragraph({ children: wrapLine(line, width).map((printed, k) => new TextRun({ text: printed, ...(k > 0 ? { break: 1 } : {}) })) }),
  );
  return pack(children);
}

async function pack(children: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export type PageNumberStyle = 'outside-dash' | 'centre-hyphen' | 'page-word';

/** How a page's number is printed. */
export function pageNumberText(n: number, style: PageNumberStyle): string {
  if (style === 'outside-dash') return `— ${n} —`;
  if (style === 'centre-hyphen') return `- ${n} -`;
  return `第${n}页`;
}

export interface PrintedPdfOptions {
  pageNumbers: PageNumberStyle;
  /** A running header on every page (none when absent). */
  header?: string;
}

/** A PDF as an office prints the report: A4, centred larger title, indented body, page numbers, a running header. */
export function printedPdf(lines: readonly string[], options: PrintedPdfOptions): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 80, bottom: 80, left: 78, right: 78 } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  // One font, titles larger: a second (bold) font costs a quarter more time to make and read for
  // each of the corpus's ~250 files, and the layout reads positions and sizes, not weights.
  doc.registerFont('body', parsedFont(doc, cjkFont, 'NotoSansCJKsc-Regular'));
  const roles = rolesOf(lines);
  lines.forEach((line, i) => {
    const role = roles[i];
    if (role === 'title') doc.font('body').fontSize(16).text(line, { align: 'center', lineGap: 4 });
    else doc.font('body').fontSize(12).text(line, { indent: 24, lineGap: 3 });
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.font('body').fontSize(9);
    if (options.header) doc.text(options.header, 0, 40, { align: 'center', width: doc.page.width, lineBreak: false });
    const number = pageNumberText(i + 1, options.pageNumbers);
    const y = doc.page.height - 50;
    if (options.pageNumbers === 'outside-dash') {
      const odd = (i + 1) % 2 === 1;
      doc.text(number, odd ? doc.page.width - margins.right - 60 : margins.left, y, { width: 60, align: odd ? 'right' : 'left', lineBreak: false });
    } else {
      doc.text(number, 0, y, { align: 'center', width: doc.page.width, lineBreak: false });
    }
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

const parsed = new Map<string, unknown>();
/**
 * The font as fontkit parsed it, parsed once for all documents: parsing a 20 MB collection and
 * laying out glyphs anew for every one of hundreds of files is most of their making. pdfkit takes
 * a parsed font where it takes a file (PDFFontFactory.open), and shows the one it parsed as `font`.
 */
function parsedFont(doc: PDFKit.PDFDocument, file: string, name: string): PDFKit.Mixins.PDFFontSource {
  let font = parsed.get(name);
  if (!font) {
    doc.font(file, name);
    font = (doc as unknown as { _font: { font: unknown } })._font.font;
    parsed.set(name, font);
  }
  return font as PDFKit.Mixins.PDFFontSource;
}

/** Display width: a full-width character 1, an ASCII one ½ (as a PDF sets them). */
const widthOf = (char: string) => (char.charCodeAt(0) < 0x80 ? 0.5 : 1);

export interface CopiedOptions {
  /** Line width in full-width characters. */
  width: number;
  /** Printed lines on a page (a page-number line after each page). */
  pageLines: number;
  pageNumbers: PageNumberStyle | 'bare';
  /** Paragraphs start with two ideographic spaces (the indent copied along). */
  indent: boolean;
  /** The running header copied along at the top of every page after the first. */
  header?: string;
}

/** A paragraph as printed lines of `width` (an indent of two ideographic spaces counts in the first). */
export function wrapLine(line: string, width: number, indent = false): string[] {
  const printed: string[] = [];
  let current = indent ? '\u3000\u3000' : '';
  let filled = indent ? 2 : 0;
  for (const char of line) {
    if (filled + widthOf(char) > width) {
      printed.push(current);
      current = '';
      filled = 0;
    }
    current += char;
    filled += widthOf(char);
  }
  if (current.trim() !== '') printed.push(current);
  return printed;
}

/** The text copied out of a PDF: hard-wrapped at a fixed width, page numbers (and a running header) between pages, LF line ends. */
export function copiedFromPdf(lines: readonly string[], options: CopiedOptions): string {
  const printed = lines.flatMap((line) => wrapLine(line, options.width, options.indent));
  const out: string[] = [];
  printed.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % options.pageLines === 0) {
      const n = (i + 1) / options.pageLines;
      out.push(options.pageNumbers === 'bare' ? String(n) : pageNumberText(n, options.pageNumbers));
      if (options.header) out.push(options.header);
    }
  });
  return out.join('\n');
}

/** Every page-number style, for tests that vary them. */
export const pageNumberStyles: readonly PageNumberStyle[] = ['outside-dash', 'centre-hyphen', 'page-word'];
