/**
 * A source line as clean reads it: trimmed, HTML tags and converter pinyin glosses stripped, with
 * the source column of every character left; or several hard-wrapped lines read as one (unwrap.ts),
 * every character keeping its own source line and column. Pure.
 */
import { stripHtmlTags } from './html-tags.ts';
import { stripPinyinGlosses } from './pinyin-gloss.ts';

export interface Stripped {
  line: number;
  raw: string;
  text: string;
  glosses: string[];
  /** HTML tags removed from the line. */
  tags: string[];
  /** Source column (0-based) of each UTF-16 unit of `text`. */
  offsets: number[];
  /** Source line of each UTF-16 unit of `text`, when the line was joined from hard-wrapped lines. */
  lines?: number[];
}

/** One source line: trimmed, tags and glosses stripped; undefined when blank. */
export function stripLine(raw: string, line: number): Stripped | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const lead = raw.length - raw.trimStart().length;
  const untagged = stripHtmlTags(text);
  if (untagged.text.trim() === '' && untagged.tags.length > 0) {
    return { line, raw, text: '', glosses: [], tags: untagged.tags, offsets: [] };
  }
  const stripped = stripPinyinGlosses(untagged.text);
  return {
    line,
    raw,
    text: stripped.text,
    glosses: stripped.glosses,
    tags: untagged.tags,
    offsets: stripped.offsets.map((k) => (untagged.offsets[k] ?? k) + lead),
  };
}

/**
 * Hard-wrapped lines (unwrap.ts) read as one line: their texts run on (a Latin word wrapped at a
 * space gets it back), then are stripped as one, so that a gloss or tag broken over two lines
 * (`區(q` / `ū)`) is still one; every character keeps its own source line and column.
 */
export function stripJoined(parts: ReadonlyArray<{ raw: string; line: number }>): Stripped | undefined {
  let joined = '';
  const lines: number[] = [];
  const columns: number[] = [];
  for (const { raw, line } of parts) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[A-Za-z]$/.test(joined) && /^[A-Za-z]/.test(text)) {
      joined += ' ';
      lines.push(lines.at(-1) ?? line);
      columns.push((columns.at(-1) ?? 0) + 1);
    }
    for (let k = 0; k < text.length; k++) {
      lines.push(line);
      columns.push(lead + k);
    }
    joined += text;
  }
  const first = parts[0];
  const stripped = first ? stripLine(joined, first.line) : undefined;
  if (!stripped) return undefined;
  return {
    ...stripped,
    raw: parts.map((part) => part.raw).join('\n'),
    lines: stripped.offsets.map((k) => lines[k] ?? first!.line),
    offsets: stripped.offsets.map((k) => columns[k] ?? k),
  };
}

/**
 * A joined line that is page chrome only because its first source lines are (a publication line
 * that filled the width, run on into the title after it): the chrome lines apart from the rest.
 */
export function chromeLeadingWrapped(s: Stripped, raws: readonly string[], isChrome: (text: string) => boolean): Stripped[] {
  const lines = s.lines;
  if (!lines || !isChrome(s.text)) return [s];
  for (let k = 1; k < lines.length; k++) {
    if (lines[k] === lines[k - 1]) continue;
    const head = s.text.slice(0, k);
    const rest = s.text.slice(k);
    if (!isChrome(head) || isChrome(rest)) continue;
    // A date or number broken at the margin stays whole (`来源:中华龙都网 2018` / `-01-26 15:55:35`).
    if (/[0-9]$/.test(head) && /^[-./:：]?[0-9]/.test(rest)) continue;
    const part = (from: number, to: number): Stripped => {
      const own = lines.slice(from, to);
      const first = own[0] ?? s.line;
      const last = own.at(-1) ?? first;
      return {
        ...s,
        line: first,
        raw: raws.slice(first - 1, last).join('\n'),
        text: s.text.slice(from, to),
        offsets: s.offsets.slice(from, to),
        lines: own,
        ...(from > 0 ? {} : { glosses: [], tags: [] }),
      };
    };
    return [part(0, k), part(k, lines.length)];
  }
  return [s];
}
