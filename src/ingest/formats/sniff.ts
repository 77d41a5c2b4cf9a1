/** Whether a text file is really a saved web page. */

const documentStart = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const blockTag = /<\/(?:p|div|td|th|tr|li|h[1-6]|table|span|font)\s*>|<br\s*\/?>|<p[\s>]/i;

/** A text that is a web page: it starts as one, or markup runs through a fifth of its lines. */
export function looksLikeHtml(text: string): boolean {
  if (documentStart.test(text)) return true;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const marked = lines.filter((line) => blockTag.test(line)).length;
  return marked >= 3 && marked >= lines.length * 0.2;
}

/** A ZIP archive's first bytes (a .docx is one). */
export const isZipArchive = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file's signature (Word 97–2003 .doc). */
export const isOleCompoundFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
