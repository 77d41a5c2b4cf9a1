/**
 * Metric extraction: every figure in the report's headings and paragraphs becomes a `Metric`
 * (`m1`, `m2` … in reading order) and a metric span at its anchor.
 *
 *   figures.ts  find the figure spans and their qualifiers
 *   labels.ts   label phrase → indicator id
 *   resolve.ts  the indicator of a figure whose label alone does not say it
 *   growth.ts   changes (`增长8%`) and the level they qualify
 *   period.ts   period and role from the block and cue words
 *
 * Changes. A `%`/`个百分点` figure after a change word is a change: unitKind `growth-rate` (for %)
 * or `growth-pp` (for percentage points), `value` signed (`下降3.5%` → −3.5), and `growth` /
 * `growthUnit` set to that same signed value, so a change reads the same whether it qualifies a
 * level or not. When it qualifies a level in its sentence (`生产总值1095亿元,增长8%`) it has
 * `growthOf` = the level's id, shares its indicator, period and role, and the level gets `growth`.
 * A change with no level (`固定资产投资总额增长10%以上`) has no `growthOf`: it is the indicator's
 * only observation in that sentence.
 */
import type { Indicator, Metric, Report, Span } from '../../model.ts';
import { textSites, type TextSite } from '../walk.ts';
import { findFigures, type Figure } from './figures.ts';
import { figureIndicator } from './resolve.ts';
import {
  buildIndicatorIndex,
  phraseBefore,
  listBreak,
  respectiveSubjects,
  trimLabel,
  type IndicatorIndex,
} from './labels.ts';
import { changeDirection, changeUnit, isBareChange, type Direction } from './growth.ts';
import { blockTiming, figureTiming, isSpan } from './period.ts';

export interface MetricsResult {
  metrics: Metric[];
  spans: Map<string, Span[]>;
}

/** `区`, `县`, `旗` or `市` (a county-level city): what the report's `全…` means. */
export function ownUnitOf(district: string): string {
  const last = district.at(-1) ?? '区';
  return '区县旗市'.includes(last) ? last : '区';
}

export function extractMetrics(report: Pick<Report, 'data' | 'blocks'>, indicators: Indicator[]): MetricsResult {
  const index = buildIndicatorIndex(indicators, ownUnitOf(report.data.district.name));
  const metrics: Metric[] = [];
  const spans = new Map<string, Span[]>();
  for (const site of textSites(report)) {
    const found = siteMetrics(site, report.data, index, metrics.length);
    if (found.length === 0) continue;
    metrics.push(...found.map((f) => f.metric));
    spans.set(
      site.anchor,
      found.map(({ metric, figure }) => ({ type: 'metric', start: figure.start, end: figure.end, metricId: metric.id })),
    );
  }
  return { metrics, spans };
}

interface Found {
  metric: Metric;
  figure: Figure;
  /** Raw label, for figures that inherit it (`99.11%、99.34%`). */
  rawLabel: string;
  direction?: Direction;
  subjects?: string[];
  /** Position in a chain of figures sharing one label. */
  chain: number;
}

const sentenceBreak = /[。；;！？!?\n]/u;
const clauseBreak = /[，,。；;：:！？!?\n]/u;
const connector = /^(?:、|和|及|与|以及)*$/u;

function siteMetrics(
  site: TextSite,
  data: Report['data'],
  index: IndicatorIndex,
  before: number,
): Found[] {
  const text = site.rich.text;
  const base = blockTiming(site.block, data);
  const found: Found[] = [];
  for (const figure of findFigures(text)) {
    const previous = found.at(-1);
    const prevEnd = previous?.figure.outerEnd ?? 0;
    const own = phraseBefore(text, figure.outerStart, prevEnd);
    const gap = text.slice(prevEnd, figure.outerStart);
    // `分别达到99.11%、99.34%`, `下降13.2%和6.24%`: a figure with no words of its own shares the label before.
    const inherits = previous !== undefined && connector.test(own) && connector.test(gap) && gap !== '';
    const rawLabel = inherits ? previous.rawLabel : own;
    const chain = inherits ? previous.chain + 1 : 0;
    const subjects = inherits
      ? previous.subjects
      : rawLabel.includes('分别')
        ? respectiveSubjects(phraseBefore(text, figure.outerStart, prevEnd, listBreak))
        : undefined;
    const unit = changeUnit(figure.unit);
    const direction = unit ? (inherits ? previous.direction : changeDirection(rawLabel)) : undefined;

    const sentence = text.slice(lastBreak(text, figure.outerStart, sentenceBreak), figure.outerStart);
    const clause = text.slice(lastBreak(text, figure.outerStart, clauseBreak), figure.outerStart);
    let timing = figureTiming(base, sentence, clause);

    // `增长12.9%,五年年均增长11.2%`: an average or total over a span is a second change of the same level.
    const spanChange = timing.annualAverage === true || timing.cumulative === true;
    const level = direction && isBareChange(rawLabel) ? levelBefore(found, text, figure, spanChange) : undefined;
    const subject = subjects?.[chain] ?? trimLabel(rawLabel);
    let indicator: Indicator | undefined;
    if (level) {
      indicator = level.metric.indicator ? index.byId.get(level.metric.indicator) : undefined;
      // A growth shares its level's period and role, but `年均` and `五年累计` make it their span's.
      const ownSpan = (timing.annualAverage || timing.cumulative) && (timing.period !== base.period || isSpan(timing.period));
      timing = {
        period: ownSpan ? timing.period : level.metric.period,
        role: level.metric.role,
        ...(timing.annualAverage ? { annualAverage: true } : {}),
        ...(timing.cumulative ? { cumulative: true } : {}),
      };
    } else {
      const prior = previous && previous.figure.start >= lastBreak(text, figure.outerStart, sentenceBreak)
        ? { figure: previous.figure, indicator: previous.metric.indicator }
        : undefined;
      indicator = figureIndicator({ text, figure, rawLabel, subject, change: direction !== undefined, prior, index });
      // `能耗下降3%,五年累计下降20.4%`: the span's change of the change just stated.
      if (!indicator && spanChange && direction && isBareChange(rawLabel) && prior?.indicator && previous?.direction) {
        indicator = index.byId.get(prior.indicator);
      }
    }

    const metric = toMetric(figure, `m${before + found.length + 1}`, site.anchor, timing);
    const label = trimLabel(rawLabel);
    if (label) metric.label = label;
    if (indicator) metric.indicator = indicator.id;
    if (direction && unit) {
      const signed = direction * metric.value;
      Object.assign(metric, {
        value: signed,
        unitKind: unit === '%' ? 'growth-rate' : 'growth-pp',
        growth: signed,
        growthUnit: unit,
      });
      if (level) metric.growthOf = level.metric.id;
      if (level && level.metric.growth === undefined) {
        level.metric.growth = signed;
        level.metric.growthUnit = unit;
      }
    }
    found.push({ metric, figure, rawLabel, direction, subjects, chain });
  }
  return found;
}

/** The level figure a bare change qualifies: the nearest non-change figure in the same sentence. */
function levelBefore(found: Found[], text: string, figure: Figure, spanChange: boolean): Found | undefined {
  const sentenceStart = lastBreak(text, figure.outerStart, sentenceBreak);
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const candidate = found[i];
    if (!candidate || candidate.figure.start < sentenceStart) return undefined;
    if (candidate.direction === undefined) {
      const free = candidate.metric.growth === undefined || spanChange;
      return candidate.metric.growthOf === undefined && free ? candidate : undefined;
    }
  }
  return undefined;
}

function lastBreak(text: string, end: number, pattern: RegExp): number {
  let start = end;
  while (start > 0 && !pattern.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

function toMetric(
  figure: Figure,
  id: string,
  anchor: string,
  timing: { period: string; role: Metric['role']; cumulative?: boolean; annualAverage?: boolean },
): Metric {
  return {
    id,
    anchor,
    text: figure.text,
    number: figure.number,
    unit: figure.unit,
    ...(figure.scaleWord ? { scaleWord: figure.scaleWord } : {}),
    scale: figure.scale,
    value: figure.value,
    baseUnit: figure.baseUnit,
    unitKind: figure.unitKind,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    period: timing.period,
    role: timing.role,
    ...(timing.cumulative ? { cumulative: true } : {}),
    ...(timing.annualAverage ? { annualAverage: true } : {}),
  };
}
