/**
 * Word stage: a `.docx` file's bytes → the report's lines, through mammoth (a maintained
 * .docx → HTML converter that keeps paragraphs, headings, lists and tables and leaves out page
 * headers, footers and page numbers, which live in their own parts of the file). Its HTML becomes
 * lines by block structure (html-lines.ts). Footnotes and endnotes, which mammoth appends after
 * the text with a numbered reference in it, are left out of the report's text and listed as
 * dropped. A file that is not a complete .docx (truncated, damaged) is refused; an old `.doc` under a
 * `.docx` name is read by the `.doc` stage.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import mammoth from 'mammoth';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Dropped } from '../../model.ts';
import { collectDropped } from './dropped.ts';
import { isOleCompoundFile, isZipArchive } from './sniff.ts';
import { hastToLines } from './html-lines.ts';


export async function extractDocx(bytes: Uint8Array, file: VFile): Promise<{ lines: string[]; dropped: Dropped[] }> {
  const name = file.path || '(unnamed input)';
  const fail = (reason: string): never =>
    file.fail(`${name}: ${reason}; expected a complete Word file (.docx, Word 2007 or later)`, {
      ruleId: 'docx-unreadable',
      source: 'baogao',
    });
  // An old Word 97–2003 document under a .docx name is read as what it is.
  if (isOleCompoundFile(bytes)) return (await import('./doc.ts')).extractDoc(bytes, file);
  if (!isZipArchive(bytes)) fail('not a .docx (a .docx is a ZIP archive, and these bytes do not start like one)');
  let html = '';
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not text: an empty element instead of the picture inlined as base64.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(`the Word file cannot be opened (${reason}): it is truncated or damaged`);
  }
  const tree = fromHtml(html, { fragment: true });
  const notes = removeNotes(tree);
  const lines = hastToLines(tree, { blankBetweenBrokenBlocks: true });
  if (lines.every((line) => line === '')) fail('the Word file holds no text');
  return { lines, dropped: collectDropped(notes.map((text) => ({ rule: 'docx-note', text }))) };
}

/** Footnote and endnote texts (removed, returned) and their reference marks (removed). */
function removeNotes(tree: Root): string[] {
  const notes: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const id = String(node.properties['id'] ?? '');
    const href = String(node.properties['href'] ?? '');
    const note = node.tagName === 'li' && /^(?:foot|end)note-\d/.test(id);
    const mark = node.tagName === 'a' && /^#(?:foot|end)note-\d/.test(href);
    if (!note && !mark) return;
    if (note) notes.push(toString(node).trim());
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return notes;
}
