/**
 * HTML tags that leaked into copied text (`<h1 style="…"><b>2018年工作回顾</b></h1>`, `<br/>`).
 * A tag is `<`, a Latin tag name (or `/` and one), attributes without `<>`, and `>`, so the text's
 * own angle brackets (`<5%`, `《》`) survive. Removed with offsets, like pinyin glosses.
 */
const tag = /<\/?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,300})?\/?>/g;

export interface TagStrip {
  text: string;
  /** The tags removed, in order, exactly as written. */
  tags: string[];
  /** For each UTF-16 unit of `text`, its offset in the input. */
  offsets: number[];
}

export function stripHtmlTags(input: string): TagStrip {
  const tags: string[] = [];
  const offsets: number[] = [];
  let text = '';
  let from = 0;
  for (const match of input.matchAll(tag)) {
    text += input.slice(from, match.index);
    for (let k = from; k < match.index; k++) offsets.push(k);
    tags.push(match[0]);
    from = match.index + match[0].length;
  }
  text += input.slice(from);
  for (let k = from; k < input.length; k++) offsets.push(k);
  return { text, tags, offsets };
}
