/**
 * The indicator of a figure, from its label and, where the label alone does not say it, from the
 * words around it: the noun after a count, the subject of the sentence, the figure before.
 */
import type { Indicator } from '../../model.ts';
import type { Figure } from './figures.ts';
import { matchIndicator, phraseAfter, type IndicatorIndex } from './labels.ts';

export interface IndicatorContext {
  text: string;
  figure: Figure;
  /** Label as written (read back to the clause start or the figure before). */
  rawLabel: string;
  /** The label's subject: trimmed label, or this figure's share of a `分别` list. */
  subject: string;
  /** The figure is a change (`增长8%`) with its own subject. */
  change: boolean;
  /** The figure before in the same sentence, with its indicator. */
  prior?: { figure: Figure; indicator?: string };
  index: IndicatorIndex;
}

/** Labels that only say how far work got: the indicator is what the sentence is about. */
const progressOnly = /^(?:全年|年内|计划|力争|确保|预计|新|开工|完工|竣工|完成|实现|建成)+$/u;

export function figureIndicator(ctx: IndicatorContext): Indicator | undefined {
  const { figure, subject, index } = ctx;
  if (ctx.change) return matchIndicator(index, subject, undefined);
  // `增长8.3%,达到270亿元`: a level with only a verb (cut off as its qualifier) is the sentence's subject's.
  const reached = subject === '' && /^(?:达到|达)?$/u.test(ctx.rawLabel) && (ctx.rawLabel !== '' || figure.outerStart < figure.start);
  const progress = progressOnly.test(subject) || reached;
  return (
    (progress ? carried(ctx) : undefined) ??
    matchIndicator(index, subject, figure.unitKind) ??
    (figure.unitKind === 'count' ? countedNoun(ctx) : undefined) ??
    (progress ? sentenceSubject(ctx) : undefined) ??
    continued(ctx)
  );
}

/**
 * `建设保障性住房22万平方米,竣工2.9万平方米`: progress continues the indicator of the figure
 * before, when measured alike. Floor area started and completed (`开工210万平方米、竣工216万平方米`)
 * are two indicators, so they are not carried; nor are counts in another measure word (`就业2.4万人,建成55个`).
 */
function carried({ prior, figure, index }: IndicatorContext): Indicator | undefined {
  const indicator = prior?.indicator ? index.byId.get(prior.indicator) : undefined;
  if (!indicator || indicator.unitKind !== figure.unitKind || indicator.id.startsWith('construction-')) return undefined;
  // `新增城镇就业2.4万人,建成55个长者食堂`: counts in another measure word count other things.
  if (figure.unitKind === 'count' && prior && prior.figure.unit !== figure.unit) return undefined;
  return indicator;
}

/**
 * `新增283张机构养老床位`: only the noun right after the count; a bracketed note on the unit
 * (`2868套(间)保障性租赁住房`) is skipped. `为2.3万名老年人提供居家养老服务`: the people counted
 * receive the indicator's service.
 */
function countedNoun({ text, figure, index }: IndicatorContext): Indicator | undefined {
  const after = phraseAfter(text, figure.outerEnd).replace(/^[(（][^)）]*[)）]/u, '');
  const served = after.split('提供')[1];
  return (
    matchIndicator(index, after, figure.unitKind, 'start') ??
    (served ? matchIndicator(index, served, figure.unitKind) : undefined)
  );
}

/** `全要素实施旧住房综合修缮,计划新开工100万平方米`: the sentence before the label names it. */
function sentenceSubject({ text, figure, rawLabel, index }: IndicatorContext): Indicator | undefined {
  let start = figure.outerStart - rawLabel.length;
  while (start > 0 && !/[。；;！？!?\n]/u.test(text[start - 1] ?? '')) start -= 1;
  return matchIndicator(index, text.slice(start, figure.outerStart - rawLabel.length), figure.unitKind);
}

/** `新增总部机构10家,累计达到100家`: a running total continues the indicator before it. */
function continued({ rawLabel, subject, prior, figure, index }: IndicatorContext): Indicator | undefined {
  if (!/累计|总数|总量|共/u.test(rawLabel) || subject.replace(/总数|总量|全区|共|累计/gu, '') !== '') return undefined;
  if (!prior?.indicator || prior.figure.unitKind !== figure.unitKind) return undefined;
  return index.byId.get(prior.indicator);
}
