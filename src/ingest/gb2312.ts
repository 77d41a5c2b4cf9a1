/**
 * The 6,763 Han characters of GB 2312 (levels 1 and 2): the characters of ordinary simplified
 * text. Two uses: mojibake from UTF-8 bytes read as GBK lands mostly outside this set (GBK
 * extension rows), and a traditional-only character (區, 經) is outside it while a character that
 * is both (著, 乾) is inside. Built by decoding the GB 2312 rows, so no list lives in the source.
 */
import { isHan } from './han.ts';

/** 1 for the UTF-16 code of a GB 2312 Han character (all are in the BMP): a lookup, not a hash. */
const commonHan: Uint8Array = (() => {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  const table = new Uint8Array(0x10000);
  for (const c of decoded) if (c.length === 1 && isHan(c)) table[c.charCodeAt(0)] = 1;
  return table;
})();

export function isGb2312Han(c: string): boolean {
  return c.length === 1 && commonHan[c.charCodeAt(0)] === 1;
}
