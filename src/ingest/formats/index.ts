/**
 * Formats: the stages before `clean` that turn a saved report into text lines, whatever it was
 * saved as. Bytes in, text out (lines joined by LF, as `decode` gives for a `.txt`): `clean` and
 * every stage after it see the same kind of lines from every format.
 *
 *   .txt  decode                         (a .txt holding a web page: warned, then as .html)
 *   .html decode by the page's charset → parse (hast) → main text (Readability) → lines by block
 *   .docx mammoth → HTML → lines by block
 *   .pdf  pdf.js text with positions → printed lines → headers, footers, page numbers out → paragraphs
 */
import type { VFile } from 'vfile';
import type { Decoded, Dropped, SourceFormat } from '../../model.ts';
import { decode } from '../decode.ts';
import { declaredCharset, encodingOfLabel } from './charset.ts';
import { extractDocx } from './docx.ts';
import { extractPage } from './html.ts';
import { extractPdf } from './pdf.ts';

export interface Source extends Decoded {
  format: SourceFormat;
  /** What the format stage left out; empty for plain text. */
  dropped: Dropped[];
}

/** File name endings the ingest reads, and the format each is. */
export const formatByExtension: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The format a file name says, or undefined for a name the ingest does not read. */
export function formatOfName(name: string): SourceFormat | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : formatByExtension[name.slice(dot).toLowerCase()];
}

/** Text and web pages: no format needs to wait for anything. */
export function readTextSource(bytes: Uint8Array, format: 'text' | 'html', file: VFile): Source {
  if (format === 'html') return pageSource(bytes, file);
  const decoded = decode(bytes, file);
  if (!looksLikeHtml(decoded.text)) return { ...decoded, format: 'text', dropped: [] };
  file.message('This text file holds a web page (HTML markup): read as a web page; save it as .html', {
    ruleId: 'html-in-txt',
    source: 'baogao',
  });
  const page = extractPage(decoded.text, file);
  return { text: page.lines.join('\n'), encoding: decoded.encoding, format: 'html', dropped: page.dropped };
}

/** Any format: Word and PDF are read asynchronously by their libraries. */
export async function readSource(bytes: Uint8Array, format: SourceFormat, file: VFile): Promise<Source> {
  if (format === 'text' || format === 'html') return readTextSource(bytes, format, file);
  const extracted = format === 'docx' ? await extractDocx(bytes, file) : await extractPdf(bytes, file);
  return { text: extracted.lines.join('\n'), encoding: format, format, dropped: extracted.dropped };
}

function pageSource(bytes: Uint8Array, file: VFile): Source {
  const decoded = decodePage(bytes, file);
  const page = extractPage(decoded.text, file);
  return { text: page.lines.join('\n'), encoding: decoded.encoding, format: 'html', dropped: page.dropped };
}

/** A page's bytes by its declared charset; undeclared, or declared wrongly: as a `.txt` is decoded. */
export function decodePage(bytes: Uint8Array, file: VFile): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const label = bom ? undefined : declaredCharset(bytes);
  const encoding = label === undefined ? undefined : encodingOfLabel(label);
  // A page cannot declare UTF-16 in its own ASCII-compatible bytes (the HTML standard reads it as UTF-8).
  if (label !== undefined && encoding !== undefined && !encoding.startsWith('utf-16')) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return { text: text.replace(/\r\n?/g, '\n'), encoding };
    } catch {
      file.message(`The page declares charset ${label}, but its bytes are not ${encoding}: the encoding was detected instead`, {
        ruleId: 'charset-mismatch',
        source: 'baogao',
      });
    }
  } else if (label !== undefined && encoding === undefined) {
    file.message(`The page declares charset ${label}, which no decoder knows: the encoding was detected instead`, {
      ruleId: 'charset-mismatch',
      source: 'baogao',
    });
  }
  return decode(bytes, file);
}

const documentStart = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const blockTag = /<\/(?:p|div|td|th|tr|li|h[1-6]|table|span|font)\s*>|<br\s*\/?>|<p[\s>]/gi;

/** A text that is a web page: it starts as one, or markup runs through a fifth of its lines. */
export function looksLikeHtml(text: string): boolean {
  if (documentStart.test(text)) return true;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const marked = lines.filter((line) => line.search(blockTag) >= 0).length;
  return marked >= 3 && marked >= lines.length * 0.2;
}
