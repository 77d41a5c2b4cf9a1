/**
 * Targets and their outcomes in words and signs, for the report, district and indicator pages and
 * `targets.csv`: `增长8%左右`, `≤ 20,600人`, `与全市保持同步`; statuses in Chinese with English.
 */
import type { Target, TargetBound } from '../model.ts';
import type { PairStatus, TargetPair } from './target-pairs.ts';
import { displayUnit, groupDigits, inDisplayUnit } from './format.ts';

/** The bound as a sign: ≈ 左右, ≥ 以上, ≤ 以内, – a range, = a bare figure, ~ relative. */
export const boundSign: Record<TargetBound, string> = {
  approx: '≈', min: '≥', max: '≤', range: '–', point: '=', relative: '~',
};

export const boundZh: Record<TargetBound, string> = {
  approx: '左右', min: '以上', max: '以内', range: '区间', point: '', relative: '相对目标',
};

export const statusZh: Record<PairStatus, { zh: string; en: string }> = {
  met: { zh: '完成', en: 'met' },
  missed: { zh: '未完成', en: 'missed' },
  'no-outcome': { zh: '未说明结果', en: 'no outcome stated' },
  'no-target': { zh: '无对应目标', en: 'outcome without a stated target' },
  ambiguous: { zh: '存疑', en: 'ambiguous' },
  unjudged: { zh: '不作判断', en: 'relative target, not judged' },
  unreviewed: { zh: '尚无回顾', en: 'not yet reviewed' },
};

/** A value in the target's terms: growth as `8%` / `1.2个百分点`, a level in a readable unit (`128.2亿元`). */
export function valueZh(value: number, measure: Target['measure'], unit: string | undefined, unitKind?: string): string {
  if (measure === 'growth') return `${value < 0 ? '−' : ''}${groupDigits(Math.abs(value))}${unit === 'pp' ? '个百分点' : '%'}`;
  if (unit === '%' || unit === '‰') return `${groupDigits(value)}${unit}`;
  const kind = unitKind ?? (unit === '元' || unit === '美元' ? 'currency' : 'count');
  const display = displayUnit(kind, unit ?? '');
  return `${inDisplayUnit(value, display)}${display.unit}`;
}

/** The target as a short phrase, in the reports' own words: `增长8%左右`, `下降3.2%`, `128.2亿元`, `5.5%以内`, `增长7%–7.5%`, `与全市保持同步`. */
export function targetZh(target: Target): string {
  if (target.bound === 'relative' || target.value === undefined) return target.relativeTo ?? '相对目标';
  const value = valueZh(Math.abs(target.value), target.measure, target.unit);
  const verb = target.measure === 'growth' ? (target.value < 0 ? '下降' : '增长') : '';
  const upper = target.upper !== undefined ? `–${valueZh(Math.abs(target.upper), target.measure, target.unit)}` : '';
  const after = { approx: '左右', min: '以上', max: '以内', range: '', point: '', relative: '' }[target.bound];
  return `${target.striving ? '力争' : ''}${verb}${value}${upper}${after}`;
}

/** The outcome as stated, with `预计` for an estimate. */
export function outcomeZh(pair: TargetPair): string {
  if (pair.outcomeValue === undefined || !pair.outcome) return '';
  const growth = pair.measure === 'growth';
  const text = growth
    ? `${pair.outcomeValue < 0 ? '下降' : '增长'}${valueZh(Math.abs(pair.outcomeValue), 'growth', pair.outcome.growthUnit ?? '%')}`
    : valueZh(pair.outcomeValue, 'level', pair.outcome.baseUnit, pair.outcome.unitKind);
  return `${pair.outcomeKind === 'estimate' ? '预计' : ''}${text}`;
}

/** `差0.5个百分点`, `超出3.86亿元` … the difference in words, for missed and met pairs. */
export function differenceZh(pair: TargetPair): string {
  if (pair.difference === undefined || pair.target?.value === undefined) return '';
  const d = pair.difference;
  if (d === 0) return '持平';
  const growth = pair.measure === 'growth';
  const size = growth
    ? `${groupDigits(Math.round(Math.abs(d) * 100) / 100)}${pair.unit === 'pp' || pair.unit === '%' ? '个百分点' : ''}`
    : valueZh(Math.abs(d), 'level', pair.unit, pair.outcome?.unitKind);
  if (pair.status === 'missed') return `差${size}`;
  // Met: beyond the target in its direction, or (左右) a little short of it, within the tolerance.
  const lowerIsBetter = pair.target.bound === 'max' || pair.target.value < 0;
  const beyond = lowerIsBetter ? d < 0 : d > 0;
  return beyond ? `${lowerIsBetter ? '优于目标' : '超出'}${size}` : `略低${size}`;
}
