/**
 * The words of an indexed page, as written. Pagefind's browser code builds `raw_content` from the
 * fragment's text with `<` and `>` escaped as `&lt;` and `&gt;` (and `&` left alone) for its own
 * HTML excerpts, and keeps `content` unescaped with the U+200B word breaks removed. Our excerpts
 * are text, not HTML, so the escapes are undone here; walking `content` alongside tells an escape
 * Pagefind made from a `&lt;` the report itself contains.
 */

/** The part of Pagefind's page data that holds its text. */
export interface PageText {
  raw_content?: string;
  content: string;
}

export function pageWords(page: PageText): string[] {
  const raw = page.raw_content === undefined ? page.content : unescapeAlong(page.raw_content, page.content);
  // Chinese pages are word-split by U+200B; others by whitespace (Pagefind's own rule for excerpts).
  return raw.includes('\u200B') ? raw.split('\u200B') : raw.split(/(?<=\s)(?=\S)/);
}

/** `raw` without Pagefind's escapes, where `plain` is `raw` unescaped and without U+200B. */
export function unescapeAlong(raw: string, plain: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < raw.length; ) {
    const char = plain[j];
    if (raw[i] === '\u200B' && char !== '\u200B') {
      out += '\u200B';
      i += 1;
      continue;
    }
    const escape = char === '<' ? '&lt;' : char === '>' ? '&gt;' : undefined;
    if (escape !== undefined && raw.startsWith(escape, i)) {
      out += char;
      i += escape.length;
    } else {
      out += raw[i];
      i += 1;
    }
    j += 1;
  }
  return out;
}
