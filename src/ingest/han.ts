/**
 * Is a character of the Han script (`\p{Script=Han}`)? Answered for the Basic Multilingual Plane
 * from a table filled on first use: the regular expression run on every character of every line
 * was a tenth of the ingest's time. Other planes go to the regular expression.
 */
const hanPattern = /\p{Script=Han}/u;

/** 0 not yet asked, 1 not Han, 2 Han; indexed by UTF-16 code unit. */
const bmp = new Uint8Array(0x10000);

/** For one UTF-16 code unit of the BMP (a lone surrogate is not Han). */
export function isHanCode(code: number): boolean {
  let known = bmp[code];
  if (known === 0 || known === undefined) {
    known = hanPattern.test(String.fromCharCode(code)) ? 2 : 1;
    bmp[code] = known;
  }
  return known === 2;
}

/** For one character (one code point, as `for…of` yields it). */
export function isHan(c: string): boolean {
  return c.length === 1 ? isHanCode(c.charCodeAt(0)) : hanPattern.test(c);
}
