/**
 * The units a figure can carry, each with the base unit its value is normalized to and its kind.
 * Scale words (亿/万/千/百) live in numerals.ts: `1095亿元` is number 1095, scale 亿, unit 元.
 *
 * Counts keep their measure word as base unit (`人` and `人次` are different quantities).
 * Units deliberately absent, because figures with them are not metrics in these reports:
 * 年/月/日/周年 (dates, durations), 号 (addresses, metro lines, plots), 届 (meetings),
 * 岁 (age brackets), 分钟/小时 (names like 30分钟体育生活圈, 24小时自助图书馆).
 */

export interface UnitInfo {
  /** The unit as written. */
  unit: string;
  baseUnit: string;
  /** Multiplier from `unit` to `baseUnit`. */
  factor: number;
  unitKind: string;
  /** Characters it takes in the text when a PDF's space breaks it (`1830 万美 元`); else `unit.length`. */
  length?: number;
}

const measured: UnitInfo[] = [
  { unit: '个百分点', baseUnit: 'pp', factor: 1, unitKind: 'percentage-points' },
  { unit: '百分点', baseUnit: 'pp', factor: 1, unitKind: 'percentage-points' },
  { unit: '%', baseUnit: '%', factor: 1, unitKind: 'percent' },
  { unit: '％', baseUnit: '%', factor: 1, unitKind: 'percent' },
  { unit: '‰', baseUnit: '‰', factor: 1, unitKind: 'permille' },
  { unit: '美元', baseUnit: '美元', factor: 1, unitKind: 'currency' },
  { unit: '港元', baseUnit: '港元', factor: 1, unitKind: 'currency' },
  { unit: '欧元', baseUnit: '欧元', factor: 1, unitKind: 'currency' },
  { unit: '元', baseUnit: '元', factor: 1, unitKind: 'currency' },
  { unit: '平方公里', baseUnit: '平方米', factor: 1e6, unitKind: 'area' },
  { unit: '平方千米', baseUnit: '平方米', factor: 1e6, unitKind: 'area' },
  { unit: '平方米', baseUnit: '平方米', factor: 1, unitKind: 'area' },
  { unit: '平米', baseUnit: '平方米', factor: 1, unitKind: 'area' },
  // `商业体量达50万㎡`: the square metre's sign.
  { unit: '㎡', baseUnit: '平方米', factor: 1, unitKind: 'area' },
  { unit: '公顷', baseUnit: '平方米', factor: 1e4, unitKind: 'area' },
  { unit: '亩', baseUnit: '平方米', factor: 10000 / 15, unitKind: 'area' },
  { unit: '立方米', baseUnit: '立方米', factor: 1, unitKind: 'volume' },
  { unit: '公里', baseUnit: '米', factor: 1000, unitKind: 'length' },
  { unit: '千米', baseUnit: '米', factor: 1000, unitKind: 'length' },
  { unit: '米', baseUnit: '米', factor: 1, unitKind: 'length' },
  { unit: '吨/日', baseUnit: '吨/日', factor: 1, unitKind: 'mass-rate' },
  { unit: '吨/天', baseUnit: '吨/日', factor: 1, unitKind: 'mass-rate' },
  { unit: '吨标准煤', baseUnit: '吨标准煤', factor: 1, unitKind: 'energy' },
  { unit: '吨', baseUnit: '吨', factor: 1, unitKind: 'mass' },
  { unit: '公斤', baseUnit: '千克', factor: 1, unitKind: 'mass' },
  { unit: '千克', baseUnit: '千克', factor: 1, unitKind: 'mass' },
  // `烟叶产量2.4万担`: the market dan, 50 kg.
  { unit: '担', baseUnit: '千克', factor: 50, unitKind: 'mass' },
  { unit: '微克/立方米', baseUnit: '微克/立方米', factor: 1, unitKind: 'concentration' },
  { unit: '千瓦时', baseUnit: '千瓦时', factor: 1, unitKind: 'energy' },
  // `电力装机达到421.6万千瓦`: installed power (after 千瓦时, which it begins).
  { unit: '千瓦', baseUnit: '千瓦', factor: 1, unitKind: 'power' },
  // `装机容量100兆瓦的抽水蓄能电站`: a megawatt is a thousand kilowatts.
  { unit: '兆瓦', baseUnit: '千瓦', factor: 1000, unitKind: 'power' },
  { unit: '倍', baseUnit: '倍', factor: 1, unitKind: 'ratio' },
];

/** Measure words of counted things. Two-character ones first so `人次` wins over `人`. */
const countWords = [
  '人次', '户次', '家次', '场次', '批次', '件次', '架次', '班次', '方面', '大项', '台套',
  '个', '人', '户', '家', '项', '张', '套', '幢', '座', '条', '名', '所', '处', '台', '件', '场',
  '批', '块', '辆', '间', '次', '位', '证', '幅', '栋', '株', '棵', '只', '篇', '部', '册', '期',
  '轮', '组', '对', '支', '本', '份', '例', '起', '宗', '笔', '枚', '架', '艘', '盏',
  // Livestock (`出栏生猪68.3万头`, `牛羊育肥133万头只`) and cut flowers (`年产鲜切花56亿枝`).
  '头只', '头', '枝',
];

const counted: UnitInfo[] = countWords.map((unit) => ({
  unit,
  baseUnit: unit,
  factor: 1,
  unitKind: 'count',
}));

/** All units, longest first, so a prefix never wins over the whole unit. */
export const units: readonly UnitInfo[] = [...measured, ...counted].sort(
  (a, b) => b.unit.length - a.unit.length,
);

/** The unit at `text[from…]`, longest match, or undefined. */
export function unitAt(text: string, from: number): UnitInfo | undefined {
  return units.find((u) => text.startsWith(u.unit, from)) ?? brokenUnit(text, from);
}

/** `实际利用外资 1830 万美 元`: a measured unit a PDF's justification broke with one space. */
function brokenUnit(text: string, from: number): UnitInfo | undefined {
  for (const u of measuredLongestFirst) {
    for (let at = 1; at < u.unit.length; at += 1) {
      const written = `${u.unit.slice(0, at)} ${u.unit.slice(at)}`;
      if (text.startsWith(written, from) || text.startsWith(written.replace(' ', '\u00a0'), from)) return { ...u, length: written.length };
    }
  }
  return undefined;
}
const measuredLongestFirst = measured.filter((u) => u.unit.length > 1).sort((a, b) => b.unit.length - a.unit.length);
