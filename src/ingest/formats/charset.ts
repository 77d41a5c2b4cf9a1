/**
 * The charset of a web page's bytes, the way a browser settles it: a byte-order mark, else a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * 1024 bytes (the HTML standard's prescan), else detection (strict UTF-8, then GB18030, as for
 * text seeds). GBK and GB2312 labels read as GB18030, their superset, as browsers do.
 */
import type { VFile } from 'vfile';
import type { Decoded } from '../../model.ts';
import { decode } from '../decode.ts';

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
