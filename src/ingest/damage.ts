/**
 * Find damaged text: mojibake runs, template placeholders (`201*年`, `XX区`) and censored marks
 * (`**`, a lone `*` glued into a word). Damage is flagged, never fixed: the caller keeps the text
 * as written and marks the span.
 *
 * One detector, used twice: by clean (over each cleaned line, for the ingest report) and by annotate
 * (over each heading and paragraph, for the damage spans the page shows).
 */
import type { DamageKind } from '../model.ts';
import { isGb2312Han } from './gb2312.ts';
import { isHan } from './han.ts';

export interface DamageFind {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  kind: DamageKind;
  text: string;
}

// A digit masked by `*` or `X` in a year or date (`201*年`, `20**年`, `X月X日`), with its unit.
const maskedDate = /(?<![A-Za-z])\d{0,3}[*＊Xx×Ｘ]{1,4}\d{0,3}[年月日号]/gu;
// A masked place name from a template (`XX区`, `××县`); one X is a real label (`X区`, `A区`).
const maskedPlace = /(?<![A-Za-z])[XＸx×]{2,}[省市区县镇乡街村]/gu;
const censoredMarks = /[*＊]+/gu;
// UTF-8 read as Latin-1 / Windows-1252: a lead letter followed by continuation-byte characters.
const latin1Mojibake =
  /(?:[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,2}){2,}/gu;

/** How a character takes part in a mojibake run. */
type RunClass =
  | 'strong' // on its own proof of damage: U+FFFD, private-use characters
  | 'odd' // unusual in Chinese report text: rare Han, kana, Greek, Cyrillic, box drawing
  | 'common' // GB 2312 Han: may bridge two suspicious characters
  | 'latin' // Latin letters and the `();&` of half-eaten glosses and entities: continue a run only
  | 'other';

const isLatinLetter = (c: string): boolean => /^[A-Za-z\u00C0-\u024F]$/u.test(c);

const runClasses: readonly RunClass[] = ['strong', 'odd', 'common', 'latin', 'other'];
/** classify() of each BMP code unit, filled on first use: index in `runClasses` + 1, 0 not yet. */
const bmpClasses = new Uint8Array(0x10000);

function classify(c: string): RunClass {
  if (c.length !== 1) return classifyChar(c);
  return runClasses[classIndex(c.charCodeAt(0))] ?? 'other';
}

function classIndex(code: number): number {
  let known = bmpClasses[code] ?? 0;
  if (known === 0) {
    known = runClasses.indexOf(classifyChar(String.fromCharCode(code))) + 1;
    bmpClasses[code] = known;
  }
  return known - 1;
}

/**
 * Whether a mojibake run can start in `text`: only at a strong or odd character, or at a `?`
 * (lost bytes). Most lines hold none, and skip the per-character work below.
 */
function mayHoldRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // `?`, and surrogates (characters beyond the BMP are classified one by one below).
    if (code === 0x3f || (code >= 0xd800 && code <= 0xdfff)) return true;
    if (classIndex(code) <= 1) return true; // strong or odd
  }
  return false;
}

function classifyChar(c: string): RunClass {
  if (c === '\uFFFD' || /[\uE000-\uF8FF]/u.test(c)) return 'strong';
  // The clean seeds hold no Han character outside GB 2312; mojibake mostly lands outside it.
  if (isHan(c)) return isGb2312Han(c) ? 'common' : 'odd';
  if (/[\u3041-\u30FF\u0370-\u03FF\u0400-\u04FF\u2500-\u257F]/u.test(c)) return 'odd';
  if (isLatinLetter(c) || c === ')' || c === '(' || c === ';' || c === '&') return 'latin';
  return 'other';
}

/**
 * An ASCII `?` standing for bytes that could not be decoded: glued to Han on one side and to
 * Latin letters or rare characters on the other (`发展?jié)摿`). A question mark ending a sentence
 * (`怎么办?我们`) or inside a URL is not.
 */
function isLostBytes(chars: string[], i: number): boolean {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  if (prev === undefined || next === undefined) return false;
  const prevClass = classify(prev);
  const nextClass = classify(next);
  if (prevClass === 'odd' || prevClass === 'strong') return true;
  if (prevClass !== 'common') return false;
  return nextClass === 'latin' || nextClass === 'odd' || nextClass === 'strong';
}

/** Runs of mixed rare characters, lost-byte `?`, Latin residue and U+FFFD. */
function findMojibakeRuns(text: string): DamageFind[] {
  if (!mayHoldRun(text)) return [];
  const chars = [...text];
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  offsets.push(offset);
  const classes = chars.map((c, i): RunClass =>
    c === '?' && isLostBytes(chars, i) ? 'strong' : classify(c),
  );
  const suspicious = (i: number): boolean => {
    const k = classes[i];
    return k === 'strong' || k === 'odd';
  };
  const continues = (i: number): boolean => suspicious(i) || classes[i] === 'latin';

  const found: DamageFind[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!suspicious(i)) {
      i++;
      continue;
    }
    let strong = 0;
    let odd = 0;
    let last = i;
    let j = i;
    while (j < chars.length) {
      if (continues(j)) {
        if (classes[j] === 'strong') strong++;
        if (classes[j] === 'odd') odd++;
        last = j;
        j++;
      } else if (classes[j] === 'common' && continues(j + 1)) {
        j++; // one common character between two damaged ones is part of the damage
      } else {
        break;
      }
    }
    // Without a strong sign, ask for three odd characters: two rare characters side by side can
    // be a real name (喆堃).
    if (strong > 0 || odd >= 3) {
      const start = offsets[i] ?? 0;
      const end = offsets[last + 1] ?? text.length;
      found.push({ start, end, kind: 'mojibake', text: text.slice(start, end) });
    }
    i = last + 1;
  }
  return found;
}

function matchAll(text: string, pattern: RegExp, kind: DamageKind): DamageFind[] {
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind,
    text: m[0],
  }));
}

/** `*` between two ASCII letters or digits is arithmetic or a code (`2*3`), not a censor mark. */
function isCensorMark(text: string, find: DamageFind): boolean {
  const before = text[find.start - 1] ?? '';
  const after = text[find.end] ?? '';
  return !(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after));
}

/** All damage in `text`, in text order, non-overlapping (placeholders before censored marks). */
export function findDamage(text: string): DamageFind[] {
  const ranked = [
    ...matchAll(text, maskedDate, 'placeholder'),
    ...matchAll(text, maskedPlace, 'placeholder'),
    ...matchAll(text, censoredMarks, 'censored').filter((f) => isCensorMark(text, f)),
    ...matchAll(text, latin1Mojibake, 'mojibake'),
    ...findMojibakeRuns(text),
  ];
  const kept: DamageFind[] = [];
  for (const find of ranked) {
    if (kept.some((k) => find.start < k.end && k.start < find.end)) continue;
    kept.push(find);
  }
  return kept.sort((a, b) => a.start - b.start);
}
