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
