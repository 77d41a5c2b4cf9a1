/**
 * The charset of a web page's bytes, the way a browser settles it: a byte-order mark, else a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * 1024 bytes (the HTML standard's prescan), else detection (strict UTF-8, then GB18030, as for
 * text seeds). GBK and GB2312 labels read as GB18030, their superset, as browsers do.
 */

export interface PageCharset {
  /** WHATWG encoding label given to TextDecoder, e.g. `utf-8`, `gb18030`, `big5`. */
  encoding: string;
  /** Where it came from. */
  from: 'bom' | 'meta' | 'detected';
  /** The label as the page declared it, e.g. `GBK`. */
  declared?: string;
}

const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Bytes as Latin-1: every byte one character, so ASCII markup reads the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  return metaCharset.exec(withoutComments)?.[1];
}

/** The WHATWG encoding a label names, or undefined for a label no decoder knows. */
export function encodingOfLabel(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    // GBK and GB2312 pages often hold GB18030-only characters; GB18030 reads all three.
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return undefined;
  }
}
