/**
 * A link to a passage: the paragraph's id, then a text fragment of the words chosen
 * (`#s1-p2:~:text=…`), so that browsers highlight the exact words and any browser still lands on
 * the paragraph. Pure, for the tests.
 */

/** Longer selections are linked by their first and last words (`text=start,end`). */
const maxExact = 60;
const edge = 18;

/** Percent-encode a text fragment term: `-`, `,` and `&` are the directive's own syntax. */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The `:~:text=` directive for the chosen words, or '' when there are none. */
export function textDirective(selected: string): string {
  const text = selected.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const chars = Array.from(text);
  if (chars.length <= maxExact && !/\n/.test(selected.trim())) return `:~:text=${encodeTerm(text)}`;
  const lines = selected.trim().split(/\s*\n\s*/);
  const start = Array.from(lines[0] ?? text).slice(0, edge).join('').trim();
  const end = Array.from(lines.at(-1) ?? text).slice(-edge).join('').trim();
  return `:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** The fragment's element id: before a text directive (`s1-p2:~:text=…` → `s1-p2`), decoded. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
