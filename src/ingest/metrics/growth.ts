/**
 * Growth and change: a `%` or `个百分点` figure right after a change word (`增长8%`, `下降3.5%`,
 * `提高11个百分点`) is a change, signed by the word. A change whose label is nothing but change
 * words (`生产总值1095亿元,增长8%`) qualifies the level figure before it in the same sentence;
 * one with its own subject (`地区生产总值增长7.5%`) stands alone.
 */
import { YEARS_SPAN } from './period.ts';

/** `比增`, `比降`: 比上年增长 and 下降, as Fujian reports write them. */
const rising = ['增长', '增加', '提高', '提升', '上升', '增幅', '增速', '上涨', '扩大', '比增', '递增', '增收', '净增', '增'];
const falling = ['下降', '减少', '降低', '回落', '下滑', '减少了', '缩减', '压减', '比降', '递减', '减收', '削减', '净减'];
/** What may sit between the change word and the figure: `增长了8%`, `增幅为8%`, `增长约8%`. */
const between = /(?:了|为|高达|达到|达|约|近|超过|突破|接近|逾|超)?$/u;
/** Words that, next to a change word, say nothing about what changed (`实际分别增长`: in real terms). */
const filler = new RegExp(`${YEARS_SPAN}|同比口径|同比|[(（]下同[)）]|比上年同期|较上年同期|比上年|较上年|比去年|较去年|比年初|较年初|比上届|较上届|与上年同期相比|与上年相比|全年|年均|分别|实现|实际|同口径|按?可比(?:口径|价格|价)?(?:计算)?|按?不变价(?:格)?(?:计算)?|按?现价(?:计算)?|[(（](?:以下)?(?:简称|下称)[^()（）]{0,6}[)）]|累计|上半年|均|了|为|达到|达|约|近|超过|突破|接近|逾|超|和|及|与`, 'gu');

export type Direction = 1 | -1;

/**
 * +1 or −1 when the raw label ends in a change word; undefined otherwise. `提高至52%` states the
 * new level, not a change.
 */
export function changeDirection(rawLabel: string): Direction | undefined {
  // `同比增长(下同)5%`: a note between the change word and the figure.
  const unnoted = rawLabel.replace(/[(（][^()（）]{0,8}[)）]$/u, '');
  // `同比增长-1.3%`: a minus sign after the change word turns it round.
  const sign = MINUS.test(unnoted) ? -1 : 1;
  // `增长同比13.5%`: the comparison written after the change word.
  // `增速分别为5.6%、6.6%`: 分别 (or 均) written after the change word.
  const label = unnoted.replace(MINUS, '').replace(between, '').replace(/(?<=增长|下降)同比$/u, '').replace(/(?<=增长|增速|增幅|下降|降幅)(?:分别|均)$/u, '');
  if (/[至到]$/u.test(unnoted)) return undefined;
  if (falling.some((w) => label.endsWith(w))) return (-1 * sign) as Direction;
  if (rising.some((w) => label.endsWith(w))) return sign as Direction;
  return undefined;
}
const MINUS = /\s*[-－−]\s*$/u;

/** True when the label names no subject of its own: the change belongs to the level before it. */
export function isBareChange(rawLabel: string): boolean {
  // Filler first: `同比增收` is 同比 + 增收, not 同 + 比增 + 收.
  let rest = rawLabel.replace(MINUS, '').replace(filler, '');
  for (const w of [...rising, ...falling]) rest = rest.split(w).join('');
  return rest.replace(filler, '').trim() === '';
}

/** Units that a change is stated in, and the unit the metric model records for each. */
export function changeUnit(unit: string): '%' | 'pp' | undefined {
  if (unit === '%' || unit === '％') return '%';
  if (unit === '个百分点' || unit === '百分点') return 'pp';
  return undefined;
}
