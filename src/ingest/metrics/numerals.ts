/**
 * Numbers as report text writes them: Arabic (`1095`, `118.7`, `1,095`, full-width `１０９５`),
 * Chinese (`两万`, `一亿五千万`, `三千二百`, `一万五`) and mixed (`3.5万`, `1095亿`).
 *
 * Our own parser: the npm Chinese-numeral parsers fail on exactly these inputs (NOTES.md).
 * Every function returns `undefined` for text that is not wholly a number, never a guess.
 */

const chineseDigits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
/** Units inside a 万-section. */
const smallUnits: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units: each closes the section before it. */
const bigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Scale words that multiply a number, longest first (`万亿` before `万`). */
export const scaleWords: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Full-width digits and decimal point to ASCII; everything else unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30),
  );
}

/** `1095`, `118.7`, `1,095.5`, `１０９５`: undefined for anything else. */
export function parseArabic(text: string): number | undefined {
  const ascii = toAsciiDigits(text.trim());
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(ascii)) return undefined;
  return Number(ascii.replace(/,/g, ''));
}

/**
 * Chinese numerals: `三千二百` 3200, `两万` 20000, `一亿五千万` 150000000, `十五` 15,
 * `一万五` 15000 (spoken shorthand: a trailing digit counts in the next lower unit),
 * `一〇五` 105 (digit by digit, as in years).
 */
export function parseChinese(text: string): number | undefined {
  const chars = [...text.trim()];
  if (chars.length === 0) return undefined;
  if (chars.every((c) => c in chineseDigits)) {
    // A single digit, or digit by digit as in years (`二〇一四`); `三五` is "three or five", not 35.
    const digitByDigit = chars.length >= 3 || chars.some((c) => c === '〇' || c === '零');
    if (chars.length > 1 && !digitByDigit) return undefined;
    return Number(chars.map((c) => chineseDigits[c]).join(''));
  }
  let total = 0; // closed sections (亿, 万)
  let section = 0; // inside the current 万-section
  let digit: number | undefined; // pending digit
  let lastUnit = 0; // last unit seen, for the `一万五` shorthand
  let afterZero = false;
  for (const c of chars) {
    const d = chineseDigits[c];
    const small = smallUnits[c];
    const big = bigUnits[c];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0) return undefined; // two digits in a row: `三五`
      if (d === 0) afterZero = true;
      else digit = d;
    } else if (small !== undefined) {
      if (digit === undefined && small !== 10) return undefined; // `百` alone is not a number here
      section += (digit ?? 1) * small;
      digit = undefined;
      lastUnit = small;
      afterZero = false;
    } else if (big !== undefined) {
      const value = section + (digit ?? 0);
      if (value === 0 && total === 0) return undefined;
      if (big === 1e8) total = (total + value) * big;
      else total += value * big;
      section = 0;
      digit = undefined;
      lastUnit = big;
      afterZero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // `一万五` → 15000, `三千二` → 3200; but `一千零五` → 1005.
    section += !afterZero && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total + section;
}

/**
 * A number as written before its unit: Arabic or Chinese numerals, optionally followed by a
 * scale word (`3.5万`, `1095亿`, `1594 亿`). Returns the number and the scale separately,
 * as the metric model records them. Chinese numerals carry their own magnitude (`两万` is 20000
 * with scale 1): the scale word is part of the numeral there.
 */
export interface ParsedNumber {
  number: number;
  scaleWord?: string;
  scale: number;
}

export function parseNumber(text: string): ParsedNumber | undefined {
  const trimmed = text.trim();
  const arabic = /^([0-9０-９][0-9０-９,，.．]*)\s*(.*)$/u.exec(trimmed);
  if (arabic) {
    const number = parseArabic(arabic[1] ?? '');
    if (number === undefined) return undefined;
    const rest = arabic[2] ?? '';
    if (rest === '') return { number, scale: 1 };
    const scale = scaleWords.find(([word]) => word === rest);
    return scale ? { number, scaleWord: scale[0], scale: scale[1] } : undefined;
  }
  const number = parseChinese(trimmed);
  return number === undefined ? undefined : { number, scale: 1 };
}

/** Round away binary noise from `number × scale` (`4.6 × 1e4` is 45999.99…). */
export function scaled(number: number, scale: number): number {
  return Number((number * scale).toPrecision(12));
}
