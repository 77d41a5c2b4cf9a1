/**
 * Formats: the stages before `clean` that turn a saved report into text lines, whatever it was
 * saved as. Bytes in, text out (lines joined by LF, as `decode` gives for a `.txt`): `clean` and
 * every stage after it see the same kind of lines from every format.
 *
 *   .txt  decode                         (a .txt holding a web page: warned, then as .html)
 *   .html decode by the page's charset → parse (hast) → main text (Readability) → lines by block
 *   .mht  the archive's page unwrapped (mhtml.ts), then as .html
 *   .docx mammoth → HTML → lines by block
 *   .doc  word-extractor (Word 97–2003) → body paragraphs as lines
 *   .pdf  pdf.js text with positions → printed lines → headers, footers, page numbers out → paragraphs
 */
import type { VFile } from 'vfile';
import type { Decoded, Dropped, PageMeta, SourceFormat } from '../../model.ts';
import { decode } from '../decode.ts';
import { decodePage, encodingOfLabel } from './charset.ts';
import { archivedPage, isWebArchive } from './mhtml.ts';
import { looksLikeHtml } from './sniff.ts';

export interface Source extends Decoded {
  format: SourceFormat;
  /** What the format stage left out; empty for plain text. */
  dropped: Dropped[];
  /** What a web page says about itself (title, site name, publication date). */
  page?: PageMeta;
}

/** File name endings the ingest reads, and the format each is. */
export const formatByExtension: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  // A page saved as one file (Chrome's "Webpage, Single File"; IE's Web Archive).
  '.mht': 'html',
  '.mhtml': 'html',
  // A page saved by a crawler keeps the server's ending: these are web pages as well.
  '.shtml': 'html',
  '.xhtml': 'html',
  '.jsp': 'html',
  '.asp': 'html',
  '.aspx': 'html',
  '.php': 'html',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
};

/** The endings the ingest reads, for messages: `.txt, .html, .htm, …`. */
export const readableExtensions = Object.keys(formatByExtension).join(', ');

/** The format a file name says, or undefined for a name the ingest does not read. */
export function formatOfName(name: string): SourceFormat | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : formatByExtension[name.slice(dot).toLowerCase()];
}

/**
 * A plain text report, synchronously: for callers that only ever read `.txt` (the seeds' tests,
 * the metric evaluation). Undefined when the text is really a web page: that needs `readSource`.
 */
export function readPlainText(bytes: Uint8Array, file: VFile): Source | undefined {
  const decoded = decode(bytes, file);
  return looksLikeHtml(decoded.text) ? undefined : { ...decoded, format: 'text', dropped: [] };
}

/**
 * Any format. The libraries for web pages, Word and PDF load on first use (together about a
 * second or more of start-up, which a run of `.txt` reports, and each worker thread, need not pay).
 */
export async function readSource(bytes: Uint8Array, format: SourceFormat, file: VFile): Promise<Source> {
  if (format === 'text') {
    const decoded = decode(bytes, file);
    if (!looksLikeHtml(decoded.text)) return { ...decoded, format: 'text', dropped: [] };
    file.message('This text file holds a web page (HTML markup): read as a web page; save it as .html', {
      ruleId: 'html-in-txt',
      source: 'baogao',
    });
    const { extractPage } = await import('./html.ts');
    const page = extractPage(decoded.text, file);
    return { text: page.lines.join('\n'), encoding: decoded.encoding, format: 'html', dropped: page.dropped, page: page.meta };
  }
  if (format === 'html') {
    const decoded = isWebArchive(bytes) ? decodeArchivedPage(bytes, file) : decodePage(bytes, file);
    const { extractPage } = await import('./html.ts');
    const page = extractPage(decoded.text, file);
    return { text: page.lines.join('\n'), encoding: decoded.encoding, format: 'html', dropped: page.dropped, page: page.meta };
  }
  const extracted: { lines: string[]; dropped: Dropped[]; meta?: PageMeta } =
    format === 'docx'
      ? await (await import('./docx.ts')).extractDocx(bytes, file)
      : format === 'doc'
        ? await (await import('./doc.ts')).extractDoc(bytes, file)
        : await (await import('./pdf.ts')).extractPdf(bytes, file);
  return {
    text: extracted.lines.join('\n'),
    encoding: format,
    format,
    dropped: extracted.dropped,
    ...(extracted.meta ? { page: extracted.meta } : {}),
  };
}

/** The page inside a web archive, decoded by the part's charset, else as any page is. */
function decodeArchivedPage(bytes: Uint8Array, file: VFile): Decoded {
  const page = archivedPage(bytes);
  if (!page) {
    return file.fail(`${file.path}: a web archive (MHTML) with no web page (text/html part) in it; save the page as .html`, {
      ruleId: 'html-no-report',
      source: 'baogao',
    });
  }
  const encoding = page.charset === undefined ? undefined : encodingOfLabel(page.charset);
  if (encoding !== undefined && !encoding.startsWith('utf-16')) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(page.bytes).replace(/\r\n?/g, '\n'), encoding };
    } catch {
      // Declared wrongly: as a page without a declaration.
    }
  }
  return decodePage(page.bytes, file);
}
