/**
 * Targets: the plan's stated aims (`主要预期目标是:地区生产总值增长8%左右;区级财政收入128.2亿元,
 * 增长8%;城镇登记失业人数控制在20600人以内;…与全市保持同步`), each read completely from the
 * metrics already found in its sentence: level or growth, the bound its words give, the plan year
 * or plan period, the indicator and the paragraph.
 *
 * A target list is the part of a sentence after a target cue (`预期目标`, `主要目标`, `目标是`,
 * `2020年目标:`), outside review parts. Every figure in it is a target; a clause with no figure
 * is a relative target when it measures a dictionary indicator against something named
 * (`增长与全市保持同步`, `控制在市政府下达目标内`, `完成上级下达任务`, `高于全国平均水平`).
 */
import type { Metric, Report, Target, TargetBound } from '../../model.ts';
import { textSites } from '../walk.ts';
import { matchIndicator, trimLabel, type IndicatorIndex } from './labels.ts';

const targetCue = /(?:主要)?预期目标|主要目标|发展目标|目标(?=[是为:：])|指标的?计划安排(?=[是为:：])/gu;
const sentenceEnd = /[。！？!?\n]/u;
const clauseBreak = /[，,；;。:：]/u;
const rangeSign = /^[-—–~～至到]$/u;
/** Words before a figure that bound it from above, unless the figure says `左右`. */
const ceilingWords = /控制在|控制到|不超过|不高于|低于|小于/u;
const strivingWords = /力争|争取|努力/u;
const qualifierBounds: Array<[RegExp, TargetBound]> = [
  [/左右|上下|约|^近$|接近/u, 'approx'],
  [/以上|不低于|不少于|超过|突破|至少|高于|大于|^超$|^逾$/u, 'min'],
  [/以内|之内|以下|不超过|不高于|低于|小于|不到/u, 'max'],
];
const relativePhrase =
  /(?:与|和)(?:全市|全省|全国|全区|经济增长|经济增速|地区生产总值增长)[^，,；;。]*同步|(?:基本)?保持同步|同步增长|(?:市|省|上级|省市|国家|市政府|省政府|区政府)(?:下达|下)的?[^，,；;。]{0,6}?(?:目标|任务|指标|范围)[内之]*|市指标内|(?:高于|不低于|快于)全(?:国|省|市)平均水平|保持上年水平/u;
/** Words around an indicator in a relative clause that are not part of it. */
const relativeFiller = /(?:增长|增速|增幅|下降|降低|控制在|控制|指标|完成|实现|保持|力争|确保|的)+$/u;

export function extractTargets(
  report: Pick<Report, 'data' | 'blocks'>,
  index: IndicatorIndex,
): Target[] {
  const metrics = new Map(report.data.metrics.map((m) => [m.id, m]));
  const targets: Target[] = [];
  for (const site of textSites(report)) {
    if (site.kind !== 'paragraph' || site.block.role === 'review') continue;
    const text = site.rich.text;
    for (const list of targetLists(text)) {
      const period = listPeriod(text.slice(list.sentenceStart, list.start), report.data);
      const spans = site.rich.spans
        .flatMap((s) => (s.type === 'metric' && s.start >= list.start && s.end <= list.end ? [s] : []))
        .sort((a, b) => a.start - b.start);
      const found: Array<Omit<Target, 'id'> & { at: number }> = [];
      for (let i = 0; i < spans.length; i += 1) {
        const span = spans[i]!;
        const metric = metrics.get(span.metricId);
        if (!metric) continue;
        const next = spans[i + 1];
        const nextMetric = next ? metrics.get(next.metricId) : undefined;
        const between = next ? text.slice(span.end, next.start) : '';
        const ranged = next && nextMetric && rangeSign.test(between.trim()) && between.trim() !== '';
        const clauseStart = lastBreak(text, span.start, list.start);
        const clauseEnd = nextBreak(text, ranged && next ? next.end : span.end, list.end);
        const before = text.slice(clauseStart, span.start);
        const target = figureTarget(metric, metrics, before, text.slice(clauseStart, clauseEnd), period, site.anchor);
        const chain = chainPosition(text, spans, i, clauseStart);
        if (!target.indicator) {
          const indicator = clauseIndicator(before, metric, index, chain);
          if (indicator) target.indicator = indicator;
        }
        const previous = found.at(-1);
        if (chain > 0 && previous) target.label = previous.label;
        if (ranged && nextMetric) {
          target.bound = 'range';
          target.upper = measureValue(nextMetric);
          i += 1;
        } else if (target.bound === 'point' && nextMetric && /^[、和及]$/u.test(between)) {
          // `分别增长7%、8%左右`: the qualifier after the last figure of a list bounds them all.
          const following = boundOf(nextMetric, text.slice(span.end, next?.start ?? span.end));
          if (following === 'approx' || following === 'min' || following === 'max') target.bound = following;
        }
        found.push({ ...target, at: span.start });
      }
      found.push(...relativeTargets(text, list, period, site.anchor, index, spans));
      found.sort((a, b) => a.at - b.at);
      for (const { at: _at, ...target } of found) targets.push({ id: `t${targets.length + 1}`, ...target });
    }
  }
  return targets;
}

/**
 * The indicator of a target whose metric has none, from its own clause: the first figure of a list
 * carries the cue in its metric label (`主要预期目标建议为地区生产总值`), and `城乡居民人均可支配收入
 * 分别增长8%、9%` names two indicators, the urban one for the first figure and the rural for the second.
 */
function clauseIndicator(
  before: string,
  metric: Metric,
  index: IndicatorIndex,
  chain: number,
): string | undefined {
  const growth = metric.unitKind === 'growth-rate' || metric.unitKind === 'growth-pp';
  const label = cleanLabel(before.replace(/分别.*$/u, ''));
  const paired = /^城[、，,]?乡(.+)$/u.exec(label);
  if (paired && /分别/u.test(before) && chain <= 1) {
    const subject = `${chain === 0 ? '城镇' : '农村'}${paired[1]}`;
    return matchIndicator(index, subject, undefined, 'start')?.id;
  }
  // Later figures of a list (`…、农民人均纯收入分别增长10%、11%`) were given their subject by the metric stage.
  if (chain > 0) return undefined;
  return label ? matchIndicator(index, label, growth ? undefined : metric.unitKind, 'start')?.id : undefined;
}

/** 0 for a figure that starts its clause's list of figures, 1 for the next (`8%、9%`), … */
function chainPosition(text: string, spans: Array<{ start: number; end: number }>, i: number, clauseStart: number): number {
  let k = 0;
  while (i - k - 1 >= 0) {
    const prev = spans[i - k - 1]!;
    if (prev.end < clauseStart || !/^[、和及]$/u.test(text.slice(prev.end, spans[i - k]!.start))) break;
    k += 1;
  }
  return k;
}

interface TargetList {
  sentenceStart: number;
  start: number;
  end: number;
}

/** The stretches of a text that list targets: from just after a cue to the end of its sentence. */
export function targetLists(text: string): TargetList[] {
  const lists: TargetList[] = [];
  for (const match of text.matchAll(targetCue)) {
    const cueEnd = match.index + match[0].length;
    if (lists.some((l) => cueEnd <= l.end)) continue;
    let sentenceStart = match.index;
    while (sentenceStart > 0 && !sentenceEnd.test(text[sentenceStart - 1] ?? '')) sentenceStart -= 1;
    let end = cueEnd;
    while (end < text.length && !sentenceEnd.test(text[end] ?? '')) end += 1;
    const start = cueEnd + (/^(?:建议)?(?:是|为)?[:：,，—]*/u.exec(text.slice(cueEnd))?.[0].length ?? 0);
    lists.push({ sentenceStart, start, end });
  }
  return lists;
}

/** `2019年经济社会发展主要预期目标` names its year; otherwise the report's plan year. */
function listPeriod(lead: string, data: Report['data']): string {
  const years = [...lead.matchAll(/(\d{4})年/gu)].map((m) => m[1]);
  const named = years.at(-1);
  if (named) return named;
  return String(data.planYear ?? data.year);
}

function figureTarget(
  metric: Metric,
  metrics: Map<string, Metric>,
  before: string,
  clause: string,
  period: string,
  anchor: string,
): Omit<Target, 'id'> {
  const growth = metric.unitKind === 'growth-rate' || metric.unitKind === 'growth-pp';
  const level = metric.growthOf ? metrics.get(metric.growthOf) : undefined;
  const label = cleanLabel(before) || cleanLabel(level?.label ?? metric.label ?? '');
  // `居民消费价格涨幅3%左右`, `上涨控制在3%左右`: a rise stated without a change word before the figure.
  const statedRise = !growth && metric.unitKind === 'percent' && /(?:涨幅|上涨|增幅|增速|增长)(?:控制在|保持在|为)?$/u.test(before);
  let bound = boundOf(metric, before);
  if (bound === 'point' && ceilingWords.test(before)) bound = 'max';
  const target: Omit<Target, 'id'> = {
    anchor,
    text: clause,
    label: label || metric.text,
    period: metric.annualAverage && metric.period.includes('-') && !metric.period.includes('H') ? metric.period : period,
    measure: growth || statedRise ? 'growth' : 'level',
    bound,
    value: measureValue(metric),
    unit: growth ? (metric.growthUnit ?? '%') : metric.baseUnit,
    metricId: metric.id,
  };
  if (metric.indicator) target.indicator = metric.indicator;
  if (strivingWords.test(before)) target.striving = true;
  return target;
}

/** `实现全社会固定资产投资额` → `全社会固定资产投资额`; `区级一般公共预算收入同比增长` → `区级一般公共预算收入`. */
export function cleanLabel(raw: string): string {
  return trimLabel(raw)
    .replace(/^(?:全年|今年|力争|确保|争取|实现|完成)+/u, '')
    .replace(/(?:分别|均)?(?:同比|比上年|同口径|可比)?(?:增长|下降|增速|增幅|涨幅|上涨|降低|提高|减少)*(?:控制在|保持在|达到|为)?$/u, '')
    .replace(/(?:分别|均)$/u, '')
    .replace(/(?:同比|比上年|同口径|可比)$/u, '')
    .trim();
}

function measureValue(metric: Metric): number {
  return metric.growthUnit && (metric.unitKind === 'growth-rate' || metric.unitKind === 'growth-pp')
    ? (metric.growth ?? metric.value)
    : metric.value;
}

/** The bound a figure's own qualifier gives (`8%左右`, `20600人以内`, `超过20亿元`); `point` when none. */
function boundOf(metric: Metric, before: string): TargetBound {
  const words = [metric.qualifier ?? '', /(?:不低于|不少于|不超过|不高于|至少|小于|低于|高于)$/u.exec(before)?.[0] ?? ''];
  for (const [pattern, bound] of qualifierBounds) if (words.some((w) => w !== '' && pattern.test(w))) return bound;
  return 'point';
}

function relativeTargets(
  text: string,
  list: TargetList,
  period: string,
  anchor: string,
  index: IndicatorIndex,
  spans: Array<{ start: number; end: number }>,
): Array<Omit<Target, 'id'> & { at: number }> {
  const found: Array<Omit<Target, 'id'> & { at: number }> = [];
  let start = list.start;
  while (start < list.end) {
    const end = nextBreak(text, start, list.end);
    const clause = text.slice(start, end);
    const relative = relativePhrase.exec(clause);
    const hasFigure = spans.some((s) => s.start >= start && s.end <= end);
    if (relative && !hasFigure) {
      const lead = clause.slice(0, relative.index);
      // `电力消费总量控制和单位GDP电耗下降指标完成上级下达任务`: one relative target per indicator named.
      let offset = 0;
      for (const part of lead.split(/和|及|、/u)) {
        const label = trimLabel(part.replace(relativeFiller, '').replace(relativeFiller, ''));
        const indicator = label ? matchIndicator(index, label, undefined) : undefined;
        if (indicator) {
          found.push({
            at: start + offset,
            anchor,
            text: clause,
            label,
            indicator: indicator.id,
            period,
            measure: /增长|增速|增幅|下降|降低/u.test(part) || /同步/u.test(relative[0]) ? 'growth' : 'level',
            bound: 'relative',
            relativeTo: relative[0],
          });
        }
        offset += part.length + 1;
      }
    }
    start = end + 1;
  }
  return found;
}

function lastBreak(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && !clauseBreak.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

function nextBreak(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && !clauseBreak.test(text[end] ?? '')) end += 1;
  return end;
}
