/**
 * Numbers as readers see them: the figure in full in Chinese (`1,095亿元`), the same value in English
 * (`¥109.5 billion`), growth with its sign and unit, periods, and values made comparable in tables
 * (every currency amount in 亿元).
 */
import type { Metric, Period } from '../model.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `1095` → `1,095`; `118.7` → `118.7`. Decimals as given, never rounded away. */
export function groupDigits(n: number): string {
  return grouped.format(n);
}

/**
 * The normalized value (in the base unit) as `<data value>` carries it: a valid HTML floating-point
 * number, rid of binary noise (`807.62 × 1e8` → `80762000000`, not `80762000000.00001`).
 */
export function dataValue(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Qualifiers written after the figure (`500亿元以上`); the others come before it (`近60%`). */
const trailingQualifiers = new Set(['以上', '左右', '以内', '以下', '多', '余']);

/** The figure in full in Chinese: `1,095亿元`, `近60%`, `20,900人以内`. */
export function metricZh(m: Pick<Metric, 'number' | 'scaleWord' | 'unit' | 'qualifier'>): string {
  const figure = `${groupDigits(m.number)}${m.scaleWord ?? ''}${m.unit}`;
  if (!m.qualifier) return figure;
  return trailingQualifiers.has(m.qualifier) ? `${figure}${m.qualifier}` : `${m.qualifier}${figure}`;
}

const unitEn: Record<string, string> = {
  人: 'people',
  人次: 'person-times',
  户: 'households',
  平方米: 'm²',
  平方公里: 'km²',
  公里: 'km',
  米: 'm',
  吨: 't',
  亩: 'mu',
  项: 'items',
  家: 'firms',
  个: '',
  所: '',
  座: '',
  张: '',
  条: '',
  套: '',
  辆: 'vehicles',
  年: 'years',
  个月: 'months',
  天: 'days',
  次: 'times',
};

/** English units that take no plural `s` for one: `1 item`, `1 year`. */
const singular: Record<string, string> = { people: 'person', households: 'household', items: 'item', firms: 'firm', vehicles: 'vehicle', years: 'year', months: 'month', days: 'day', times: 'time' };

const qualifierEn: Record<string, string> = {
  以上: 'over',
  超过: 'over',
  突破: 'over',
  近: 'nearly',
  约: 'about',
  左右: 'about',
  以内: 'at most',
  以下: 'under',
  达到: '',
  多: 'over',
  余: 'over',
};

/** A large number in English words: `109500000000` → `109.5 billion`. */
export function scaleEn(value: number): string {
  const abs = Math.abs(value);
  const round = (n: number) => groupDigits(Number(n.toPrecision(4)));
  if (abs >= 1e12) return `${round(value / 1e12)} trillion`;
  if (abs >= 1e9) return `${round(value / 1e9)} billion`;
  if (abs >= 1e6) return `${round(value / 1e6)} million`;
  return groupDigits(value);
}

/** The value in English: `¥109.5 billion`, `8%`, `0.5 percentage points`, `46,000`. */
export function metricEn(m: Pick<Metric, 'value' | 'number' | 'unit' | 'baseUnit' | 'unitKind' | 'qualifier'>): string {
  const q = m.qualifier ? qualifierEn[m.qualifier] : '';
  const prefix = q ? `${q} ` : '';
  switch (m.unitKind) {
    case 'currency':
      // 元 is yuan (¥); 美元 is US dollars (`10亿美元` → `US$1 billion`).
      return `${prefix}${m.baseUnit === '美元' ? 'US$' : '¥'}${scaleEn(m.value)}`;
    case 'percent':
      return `${prefix}${groupDigits(m.number)}%`;
    case 'percentage-points':
      return `${prefix}${groupDigits(m.number)} percentage point${m.number === 1 ? '' : 's'}`;
    case 'permille':
      return `${prefix}${groupDigits(m.number)}‰`;
    case 'growth-rate': {
      // A change stated as a rise or fall (`下降3.5%`): the value carries the sign.
      const sign = m.value < 0 ? '−' : m.value > 0 ? '+' : '';
      return `${prefix}${sign}${groupDigits(m.number)}${m.unit === '个百分点' ? ' percentage points' : '%'}`;
    }
    default: {
      const unit = unitEn[m.baseUnit] ?? unitEn[m.unit];
      const plural = unit === undefined ? m.baseUnit : unit;
      const words = m.value === 1 ? (singular[plural] ?? plural) : plural;
      if (m.baseUnit === '%') return `${prefix}${m.value < 0 ? '−' : ''}${groupDigits(m.number)}%`;
      return `${prefix}${scaleEn(m.value)}${words ? ` ${words}` : ''}`;
    }
  }
}

/** Growth as a signed figure: `+8%`, `−3.2%`, `+0.5个百分点`. */
export function growthZh(growth: number, unit: '%' | 'pp' = '%'): string {
  const sign = growth > 0 ? '+' : growth < 0 ? '−' : '±';
  return `${sign}${groupDigits(Math.abs(growth))}${unit === 'pp' ? '个百分点' : '%'}`;
}

export function growthEn(growth: number, unit: '%' | 'pp' = '%'): string {
  const sign = growth > 0 ? '+' : growth < 0 ? '−' : '±';
  return `${sign}${groupDigits(Math.abs(growth))}${unit === 'pp' ? ' pp' : '%'}`;
}

/** `2013` → `2013年`; `2014-H1` → `2014年上半年`; `2011-2015` → `2011—2015年`. */
export function periodZh(period: Period): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `${half[1]}年${half[2] === '1' ? '上' : '下'}半年`;
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) return `${span[1]}—${span[2]}年`;
  return `${period}年`;
}

/** `2013`; `H1 2014`; `2011–2015`. */
export function periodEn(period: Period): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `H${half[2]} ${half[1]}`;
  return period.replace('-', '–');
}

/** Where a period sits on a time axis: a year, a half-year in the middle of its half, a span at its end. */
export function periodPosition(period: Period): number {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return Number(half[1]) + (half[2] === '1' ? 0.25 : 0.75);
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) return Number(span[2]);
  return Number(period);
}

/** The unit a column of comparable values is shown in, and how to convert a base value into it. */
export interface DisplayUnit {
  unit: string;
  factor: number;
  decimals: number;
}

/** Comparable display unit by kind: every currency amount in 亿元 (亿美元 for dollars), percentages as %, counts as is. */
export function displayUnit(unitKind: string, baseUnit: string): DisplayUnit {
  // In 亿 of the currency stated: 亿元, or 亿美元 for US dollars (never relabelled as yuan).
  if (unitKind === 'currency') return { unit: `亿${baseUnit === '美元' ? '美元' : '元'}`, factor: 1e8, decimals: 2 };
  if (unitKind === 'percent') return { unit: '%', factor: 1, decimals: 2 };
  if (unitKind === 'percentage-points') return { unit: '个百分点', factor: 1, decimals: 2 };
  return { unit: baseUnit, factor: 1, decimals: 2 };
}

/** A base value in a display unit, grouped, with at most `decimals` decimals: `1,095`, `118.7`. */
export function inDisplayUnit(value: number, unit: DisplayUnit): string {
  const n = value / unit.factor;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: unit.decimals }).format(n);
}
