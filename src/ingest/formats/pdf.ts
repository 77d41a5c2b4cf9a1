/**
 * PDF stage: a PDF's bytes → the report's lines, through pdf.js (Mozilla's PDF reader, in unpdf's
 * build for servers). Text is taken with its positions and laid out by pdf-layout.ts. A PDF that
 * will not open (encrypted with a password, damaged) or has no text layer (a scan) is refused with
 * a message that says so: an empty report would hide the problem.
 */
import { getDocumentProxy } from 'unpdf';
import type { VFile } from 'vfile';
import type { Dropped, PageMeta } from '../../model.ts';
import { layoutLines, type PdfPage, type TextRun } from './pdf-layout.ts';

/** Fewer Han characters than this in the whole text layer: a scan, perhaps with a stray caption. */
export const MIN_PDF_HAN = 50;

const hanChar = /\p{Script=Han}/gu;

export async function extractPdf(bytes: Uint8Array, file: VFile): Promise<{ lines: string[]; dropped: Dropped[]; meta: PageMeta }> {
  const name = file.path || '(unnamed input)';
  const fail = (reason: string, ruleId: string): never =>
    file.fail(`${name}: ${reason}`, { ruleId, source: 'baogao' });
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    fail('not a PDF (no `%PDF-` header in the first 1024 bytes); expected a PDF file', 'pdf-unreadable');
  }
  let proxy;
  try {
    // A plain Uint8Array copy: pdf.js refuses a Buffer (what files are read as) and takes over
    // (detaches) the buffer it is given, while the caller still holds the bytes.
    proxy = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.name === 'PasswordException') {
      return fail(
        `the PDF is encrypted and needs a password to open (${reason}); expected a PDF that opens without one`,
        'pdf-encrypted',
      );
    }
    return fail(`the PDF cannot be read (${reason}): it is damaged or truncated; expected a complete PDF`, 'pdf-unreadable');
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= proxy.numPages; n++) {
      const page = await proxy.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push({ runs });
    }
    const { lines, dropped } = layoutLines(pages);
    const han = lines.join('').match(hanChar)?.length ?? 0;
    if (han < MIN_PDF_HAN) {
      fail(
        `the PDF has no text layer to read (${proxy.numPages} page${proxy.numPages === 1 ? '' : 's'}, ` +
          `${han} Chinese characters of text): it is probably a scan; expected a PDF with text ` +
          '(run OCR on it first, or use the report as a web page or text)',
        'pdf-no-text',
      );
    }
    return { lines, dropped, meta: pdfMeta(await proxy.getMetadata().catch(() => undefined)) };
  } finally {
    await proxy.destroy();
  }
}

/**
 * The document's title (`Microsoft Word - 2019年闵行区政府工作报告.doc` as converters write it): a weak
 * cue to the district for identify, as a web page's title. Its creation date is not used: it is when
 * someone made the file (often a conversion years later), and it would pass for the month delivered.
 */
export function pdfMeta(metadata: { info?: unknown } | undefined): PageMeta {
  const info = (metadata?.info ?? {}) as Record<string, unknown>;
  const title = typeof info['Title'] === 'string' ? info['Title'].replace(/^Microsoft Word\s*-\s*/i, '').replace(/\.docx?$/i, '').trim() : '';
  return title ? { names: [title] } : {};
}
