/**
 * Old Word stage: a Word 97–2003 `.doc` file's bytes → the report's lines, through word-extractor
 * (a maintained reader of Word's binary format, pure JavaScript). Government sites still publish
 * most attachments as `.doc`. The body's paragraphs become lines; page headers, footers, text boxes
 * and comments live in their own streams and are not part of the text; footnotes and endnotes are
 * left out and listed as dropped, as for a `.docx`. A table row (cells ended by Word's cell mark,
 * read as tabs) becomes one line with its cells separated by spaces, as a web page's data row does.
 */
import WordExtractor from 'word-extractor';
import type { VFile } from 'vfile';
import type { Dropped } from '../../model.ts';
import { collectDropped } from './dropped.ts';
import { isOleCompoundFile, isZipArchive } from './sniff.ts';


export async function extractDoc(bytes: Uint8Array, file: VFile): Promise<{ lines: string[]; dropped: Dropped[] }> {
  const name = file.path || '(unnamed input)';
  const fail = (reason: string): never =>
    file.fail(`${name}: ${reason}; expected a complete Word 97–2003 file (.doc)`, { ruleId: 'doc-unreadable', source: 'baogao' });
  // A .docx saved under a .doc name (common: sites rename uploads) is read as what it is.
  if (isZipArchive(bytes)) {
    const { extractDocx } = await import('./docx.ts');
    return extractDocx(bytes, file);
  }
  if (!isOleCompoundFile(bytes)) fail('not a Word document (a .doc is an OLE compound file, and these bytes do not start like one)');
  let body = '';
  let notes: string[] = [];
  try {
    const document = (await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown as WordText;
    // filterUnicode: false keeps the text's own quotes and dashes (“”, ——), which the library
    // would otherwise turn into ASCII.
    body = document.getBody({ filterUnicode: false });
    notes = [document.getFootnotes({ filterUnicode: false }), document.getEndnotes({ filterUnicode: false })]
      .flatMap((text) => text.split('\n'))
      .map((line) => line.trim())
      .filter(Boolean);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(`the Word file cannot be opened (${reason}): it is truncated, damaged, protected by a password or not a Word document`);
  }
  const lines = body.split(/\r\n?|\n/).map(rowToLine);
  if (lines.every((line) => line.trim() === '')) fail('the Word file holds no text');
  return { lines, dropped: collectDropped(notes.map((text) => ({ rule: 'doc-note', text }))) };
}

/** The library's document, with the option its typings leave out. */
interface WordText {
  getBody(options: { filterUnicode: boolean }): string;
  getFootnotes(options: { filterUnicode: boolean }): string;
  getEndnotes(options: { filterUnicode: boolean }): string;
}

/** Word ends each table cell and row with a mark the library reads as a tab: a row is one line. */
function rowToLine(line: string): string {
  if (!line.includes('\t')) return line;
  return line
    .split('\t')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' ');
}
