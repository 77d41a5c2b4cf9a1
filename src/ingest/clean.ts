/**
 * Clean stage: decoded text → the report's own lines, each with its source line number.
 *
 * Hard-wrapped lines (a text copied out of a PDF) are joined back into paragraphs first (unwrap.ts).
 * Per line: trim (spaces, nbsp, U+3000), drop blank lines, strip converter pinyin glosses, convert
 * traditional script to simplified when the whole text is traditional, remove page chrome by the
 * declared rules, and flag damage. Every removal is listed with its line; damage is flagged and
 * kept. Full-width digits (`２０１４年１月`, older pages and typeset documents) become ASCII digits, so
 * dates, figures and search read them as any other; full-width punctuation stays as written (no NFKC).
 */
import * as OpenCC from 'opencc-js';
import type { VFile } from 'vfile';
import type { CleanResult, Damage, Removal, SourceLine } from '../model.ts';
import { matchChrome } from './chrome-rules.ts';
import { findDamage } from './damage.ts';
import { isGb2312Han } from './gb2312.ts';
import { isHan } from './han.ts';
import { isRun, reflow } from './reflow.ts';
import { chromeLeadingWrapped, stripJoined, stripLine, type Stripped } from './source-lines.ts';
import { unwrap } from './unwrap.ts';
import { simplifyPlaceVariants } from './place-variants.ts';
import { standardizeConverterVariants } from './converter-variants.ts';

// `tw` → `cn` converts characters only; `twp` would also rewrite vocabulary (信息 → 資訊 in reverse).
const openccToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
export const toSimplified = (text: string): string => simplifyPlaceVariants(openccToSimplified(standardizeConverterVariants(text)));

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** Full-width digits as ASCII, and a full-width point between them (`１２．５` → `12.5`): one character for one. */
export function asciiDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/(?<=[0-9])．(?=[0-9])/g, '.');
}

/**
 * Share of Han characters that are traditional-only (changed by the converter and not GB 2312
 * characters) above which a text is traditional. Characters that are both (著, 乾) do not count, so
 * simplified text scores 0; the traditional seed scores 0.37.
 */
export const TRADITIONAL_SHARE = 0.1;

/** How many of the Han characters in `text` are traditional-only. */
export function traditionalShare(text: string): { traditional: number; han: number } {
  const counts = new Map<string, number>();
  for (const c of text) {
    if (isHan(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let han = 0;
  let traditional = 0;
  for (const [c, n] of counts) {
    han += n;
    if (!isGb2312Han(c) && toSimplified(c) !== c) traditional += n;
  }
  return { traditional, han };
}

/** A contents entry: a part, section or item marker first, or a page number last (`(五)“三公”经费决算情况`, `前言……1`). */
const CONTENTS_ENTRY = /^(?:[一二三四五六七八九十]{1,3}[、､.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[部章节篇]|附)|[0-9]{1,3}$/;

/** Longest line of a table of contents: a heading, not a sentence. */
const MAX_CONTENTS_LINE = 40;

/**
 * A table of contents under `目录` at the top of a document (budget reports, document-site copies):
 * the lines after it, up to the first that repeats one of them (the body starting) or a sentence.
 * Its headings would otherwise become parts before the title. Indexes of its lines, `目录` included.
 */
export function tableOfContents(texts: readonly string[]): Set<number> {
  const start = texts.slice(0, 40).findIndex((text) => /^目\s*[录錄][:：]?$/.test(text.trim()));
  if (start < 0) return new Set();
  const seen = new Set<string>();
  let end = start + 1;
  for (; end < texts.length; end++) {
    const text = asciiDigits((texts[end] ?? '').replace(/\s+/g, ''));
    if (text === '') continue;
    if (seen.has(text) || text.length > MAX_CONTENTS_LINE || /[。；;]/.test(text)) break;
    // An entry is a heading with its marker or its page number; the report's title, dateline or
    // salutation after the list (`关于2020年县级财政决算的报告`, `——2021年6月30日…`) is the body.
    // An entry wrapped over two lines (`…情况报告` / `的审议意见》落实情况`) goes on to another entry.
    const next = asciiDigits(texts.slice(end + 1).map((line) => line.replace(/\s+/g, '')).find((line) => line !== '') ?? '');
    if (!CONTENTS_ENTRY.test(text) && !(CONTENTS_ENTRY.test(next) && !seen.has(next) && next.length <= MAX_CONTENTS_LINE)) break;
    seen.add(text);
  }
  // A contents list names at least two headings that the body repeats.
  const repeated = texts.slice(end).filter((text) => seen.has(asciiDigits(text.replace(/\s+/g, '')))).length;
  if (repeated < 1 || seen.size < 2) return new Set();
  return new Set(Array.from({ length: end - start }, (_, k) => start + k));
}

export function clean(text: string, file: VFile): CleanResult {
  const raws = text.split('\n');
  const wrapped = unwrap(raws);
  const stripped = wrapped.groups
    .map((group) =>
      group.length === 1 ? stripLine(raws[group[0]!] ?? '', group[0]! + 1) : stripJoined(group.map((i) => ({ raw: raws[i] ?? '', line: i + 1 }))),
    )
    .filter((s): s is Stripped => s !== undefined);
  const joinedLines = wrapped.groups.filter((group) => group.length > 1).map((group) => group[0]! + 1);
  if (wrapped.width !== undefined) {
    file.info(
      `Hard-wrapped text (lines of ${wrapped.width} characters, as copied out of a PDF): lines joined back into paragraphs` +
        (joinedLines.length > 0 ? ` (at lines ${joinedLines.slice(0, 20).join(', ')}${joinedLines.length > 20 ? ', …' : ''})` : ''),
      { place: { line: joinedLines[0] ?? 1, column: 1 }, ruleId: 'unwrapped', source: 'baogao' },
    );
  }

  // Glosses go before measuring and converting: they are Latin, and `區(qū)` must become `区`.
  const share = traditionalShare(stripped.map((s) => s.text).join('\n'));
  const convertedFromTraditional = share.han > 0 && share.traditional / share.han > TRADITIONAL_SHARE;
  if (convertedFromTraditional) {
    file.info(
      `Converted from traditional to simplified script (opencc tw → cn): ${share.traditional} of ${share.han} ` +
        'Han characters are traditional-only; the page says so',
      { ruleId: 'converted-traditional', source: 'baogao' },
    );
  }

  const fullWidthDigits = stripped.reduce((n, s) => n + (s.text.match(FULL_WIDTH_DIGIT)?.length ?? 0), 0);
  if (fullWidthDigits > 0) {
    file.info(`Full-width digits written as ASCII digits (${fullWidthDigits} of them, \`２０１４\` → \`2014\`), so dates and figures read alike`, {
      place: { line: stripped.find((s) => /[０-９]/.test(s.text))?.line ?? 1, column: 1 },
      ruleId: 'converted-digits',
      source: 'baogao',
    });
  }

  const lines: SourceLine[] = [];
  const removals: Removal[] = [
    ...wrapped.pageNumbers.map((i) => ({ line: i + 1, rule: 'chrome-page-number', text: raws[i] ?? '' })),
    ...wrapped.running.map((i) => ({ line: i + 1, rule: 'chrome-running-header', text: raws[i] ?? '' })),
  ];
  const damage: Damage[] = [];
  const convert = (text: string) => asciiDigits(convertedFromTraditional ? toSimplified(text) : text);
  const total = stripped.reduce((sum, s) => sum + s.text.length, 0);
  const separated = stripped.flatMap((s) => chromeLeadingWrapped(s, raws, (text) => !isRun(text, total) && matchChrome(convert(text)) !== undefined));
  const contents = tableOfContents(separated.map((s) => s.text));
  for (const [index, s] of separated.entries()) {
    if (contents.has(index)) {
      removals.push({ line: s.line, rule: 'chrome-toc', text: s.raw });
      continue;
    }
    if (s.tags.length > 0) removals.push({ line: s.line, rule: 'chrome-html', text: s.tags.join(''), count: s.tags.length });
    if (s.text === '') continue;
    const converted = convert(s.text);
    // A report on one line starts with the page's chrome (`当前位置: 首页 > …`): never drop it whole;
    // its pieces are checked once it is cut (below).
    const chrome = isRun(converted, total) ? undefined : matchChrome(converted);
    if (chrome) {
      removals.push({ line: s.line, rule: chrome.ruleId, text: s.raw });
      continue;
    }
    if (s.glosses.length > 0) {
      removals.push({
        line: s.line,
        rule: 'pinyin-gloss',
        text: s.glosses.join(''),
        count: s.glosses.length,
      });
    }
    // Conversion is character for character; should a phrase ever change length, columns clamp.
    const at = (index: number) => Math.min(index, s.offsets.length - 1);
    const column = (index: number): number => (s.offsets[at(index)] ?? 0) + 1;
    const lineOf = (index: number): number => s.lines?.[at(index)] ?? s.line;
    for (const find of findDamage(converted)) {
      const entry: Damage = { line: lineOf(find.start), column: column(find.start), kind: find.kind, text: find.text };
      damage.push(entry);
      file.message(damageReason(find.kind, find.text), {
        place: {
          start: { line: entry.line, column: entry.column },
          end: { line: lineOf(find.end - 1), column: column(find.end - 1) + 1 },
        },
        ruleId: find.kind,
        source: 'baogao',
      });
    }
    lines.push({ text: converted, line: s.line });
  }
  const recovered = reflow(lines);
  removals.push(...recovered.removals);
  const runs = new Set(recovered.reflowed);
  recovered.lines = recovered.lines.filter((piece) => {
    const chrome = runs.has(piece.line) ? matchChrome(piece.text) : undefined;
    if (chrome) removals.push({ line: piece.line, rule: chrome.ruleId, text: piece.text });
    return !chrome;
  });
  removals.sort((a, b) => a.line - b.line);
  if (recovered.reflowed.length > 0) {
    file.info(
      `Text without line breaks: cut into headings and paragraphs at its markers and sentence ends (lines ${recovered.reflowed.join(', ')})`,
      { place: { line: recovered.reflowed[0] ?? 1, column: 1 }, ruleId: 'reflowed', source: 'baogao' },
    );
  }
  return {
    lines: recovered.lines,
    removals,
    damage,
    convertedFromTraditional,
    ...(recovered.reflowed.length > 0 ? { reflowed: recovered.reflowed } : {}),
  };
}

function damageReason(kind: Damage['kind'], text: string): string {
  switch (kind) {
    case 'mojibake':
      return `Unexpected \`${text}\`: looks like text decoded with the wrong encoding (mojibake); kept as written and marked damaged`;
    case 'placeholder':
      return `Unexpected \`${text}\`: a template placeholder where a value was expected; kept as written and marked`;
    case 'censored':
      return `Unexpected \`${text}\`: censored or lost characters where words were expected; kept as written and marked`;
  }
}
