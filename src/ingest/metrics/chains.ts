/**
 * The figures found so far in a text, and how a figure relates to those before it: the level a
 * change qualifies, chains of figures sharing one label, restated subjects, the level counted from.
 */
import type { Metric } from '../../model.ts';
import { isDecimalStop, type Figure } from './figures.ts';
import { changeDirection, isBareChange, type Direction } from './growth.ts';
import { phraseBefore, trimLabel } from './labels.ts';
import { isBudgetBase } from './scope.ts';

export interface Found {
  metric: Metric;
  figure: Figure;
  /** Raw label, for figures that inherit it (`99.11%、99.34%`). */
  rawLabel: string;
  direction?: Direction;
  /** The direction of the change word a chain of changes shares, whatever the signs of its figures. */
  listDirection?: Direction;
  subjects?: string[];
  /** Position in a chain of figures sharing one label. */
  chain: number;
  /** The levels a chain of bare changes qualifies one by one (`A 10亿元、B 5亿元,分别增长3%、4%`). */
  paired?: Found[];
}

export const sentenceBreak = /[。；;！？!?\n]/u;
export const clauseBreak = /[，,。；;：:！？!?\n]/u;
/**
 * What joins the figures of a list; spaces are a PDF's (`14.7 %和 19.5%`). A minus after a list's
 * comma is the next figure's sign (`分别增长15.4%、-5.3%和1.5%`), not a range (`12%-15%`).
 */
export const connector = /^(?:(?:、|和|及|与|以及|\s)*|(?:、|和|及|与|以及|\s)*(?:、|和|及|与)\s*[-－−]\s*)$/u;
/** The minus sign of a figure in a list (`、-5.3%`). */
export const listMinus = /(?:、|和|及|与)\s*[-－−]\s*$/u;
/** A rank in brackets right after a figure: `(全市第四)`, `（居全省第2位）`. */
export const RANK_NOTE = /^[(（][^()（）]{0,8}第[一二三四五六七八九十0-9]+[位名]?[)）]/u;

/**
 * The level figure a bare change qualifies: the nearest non-change figure in the same sentence.
 * Passed over: what only measures the level (`是2011年的1.5倍`, `完成年度任务的112%`), an amount
 * it changed by (`五年增加1670亿元`, `增收1858万元`) and the year before's figure it is compared with
 * (`比上年同期144987万元`) or the budget it is measured against (`完成年初预算207380万元的54.22%`).
 */
export function levelBefore(found: Found[], text: string, figure: Figure, spanChange: boolean): Found | undefined {
  const sentenceStart = lastBreak(text, figure.outerStart, sentenceBreak);
  let fallback: Found | undefined;
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const candidate = found[i];
    if (!candidate || candidate.figure.start < sentenceStart) break;
    if (candidate.direction !== undefined) continue;
    const measures = measuresAnother(candidate, text, figure);
    if (measures === 'measure') continue;
    const free = candidate.metric.growthOf === undefined && (candidate.metric.growth === undefined || spanChange);
    // An amount of change or a threshold is the level only when the sentence states no other
    // (`生产总值突破500亿元大关,增长3.1%`).
    if (measures === 'stand-in') {
      fallback ??= free ? candidate : undefined;
      continue;
    }
    return free ? candidate : undefined;
  }
  return fallback;
}

/**
 * `measure`: what only measures a level; `stand-in`: what stands beside the level (an amount of
 * change, a threshold passed), the level only where there is no other.
 */
function measuresAnother({ figure, rawLabel }: Found, text: string, change?: Figure): 'measure' | 'stand-in' | undefined {
  // `生产总值达到96亿元(其中:新区21亿元),年均增长17%`: a part in a bracket closed before the change.
  if (change && inClosedBracket(text, figure, change)) return 'stand-in';
  // `完成年度任务的112%`, `完成调整预算101%`: how far a plan was met.
  if (figure.unitKind === 'ratio' || (figure.unitKind === 'percent' && /(?:的|预算|计划|目标|任务)数?$/u.test(rawLabel))) return 'measure';
  if (/(?:比|较)(?:上年|去年)同期$/u.test(rawLabel) || isBudgetBase(rawLabel, text, figure.outerEnd)) return 'measure';
  // `超额完成年度任务2.1亿元`, `超出市级下调任务指标6000万元`: by how much a task was beaten.
  if (/(?:超额完成|超出|超过)[^，,。；;]{0,10}(?:任务|目标|计划)(?:指标)?$/u.test(rawLabel)) return 'measure';
  // `突破200亿元关口`: a threshold passed.
  // `主营业务收入313.1亿元,首次突破300亿元,增长13.6%`: one without a subject of its own, too.
  if (/突破/u.test(figure.qualifier ?? '') && (/^(?:关口|大关|台阶)/u.test(text.slice(figure.outerEnd)) || /^(?:总量)?(?:首次|历史性|一举|率先)?$/u.test(rawLabel.trim()))) return 'stand-in';
  // `同比增收7796万元`, `较2017年净增83.4亿元`: an amount of change.
  if (changeDirection(rawLabel) !== undefined) return isBareChange(rawLabel) ? 'measure' : 'stand-in';
  return undefined;
}

function inClosedBracket(text: string, figure: Figure, change: Figure): boolean {
  const open = Math.max(text.lastIndexOf('(', figure.start), text.lastIndexOf('（', figure.start));
  if (open < 0 || /[)）]/u.test(text.slice(open, figure.start))) return false;
  return /[)）]/u.test(text.slice(figure.end, change.outerStart));
}

/** How many figures, from `position` on, share one label (`分别增长3.8%、8%` → 2). */
export function chainLength(text: string, figures: Figure[], position: number): number {
  let length = 1;
  for (let i = position + 1; i < figures.length; i += 1) {
    const prevEnd = figures[i - 1]?.outerEnd ?? 0;
    const next = figures[i];
    if (!next) break;
    // `增速分别为5.6%(全市第四)、6.6%(全市第十)`: a rank noted after a figure does not end the chain.
    const gap = text.slice(prevEnd, next.outerStart).replace(RANK_NOTE, '');
    const own = phraseBefore(text, next.outerStart, prevEnd).replace(RANK_NOTE, '');
    if (gap === '' || !connector.test(gap) || !connector.test(listMinus.test(gap) ? own.replace(/[-－−]\s*$/u, '') : own)) break;
    length += 1;
  }
  return length;
}

/**
 * `城镇居民人均可支配收入42058元,农村居民人均可支配收入23708元,分别增长9.2%、10.2%`: a chain
 * of k bare changes qualifies the k levels right before it in the sentence, in order.
 */
export function levelsBefore(found: Found[], text: string, figure: Figure, k: number): Found[] | undefined {
  if (k < 2 || found.length < k) return undefined;
  const sentenceStart = lastBreak(text, figure.outerStart, sentenceBreak);
  // `分别达到27457元、20027元,比2017年分别增加4477元、5463元,年均增长6.1%和8.2%`: the changes are
  // of the levels, not of the amounts of change stated between.
  // A multiple (`均为五年前的1.9倍,年均分别增长13.6%和13.1%`) measures the levels before it; it is none.
  const measured = found.filter((f) => f.figure.unitKind !== 'ratio' || f.figure.start < sentenceStart);
  const amounts = measured.filter((f) => f.figure.start >= sentenceStart && f.direction === undefined && changeDirection(f.rawLabel) !== undefined);
  const others = measured.filter((f) => !amounts.includes(f));
  const levels = (amounts.length >= k && others.length >= k && !amounts.some((a) => a.metric.growthOf !== undefined || a.metric.growth !== undefined) ? others : measured).slice(-k);
  const fit = levels.length === k && levels.every(
    (l) => l.figure.start >= sentenceStart && l.direction === undefined && l.metric.growthOf === undefined && l.metric.growth === undefined,
  );
  return fit ? levels : undefined;
}

/**
 * `城镇和农村居民人均可支配收入分别增长8%和8.1%,达到48620元和20660元`: levels stated right after
 * a `分别` chain of changes, with only a verb of their own, take the chain's subjects.
 */
export function restated(previous: Found | undefined, rawLabel: string, direction: Direction | undefined, text: string, figure: Figure): string[] | undefined {
  // `…年均分别增长11.9%、13.8%和15.3%,2011年分别达到1483亿元、434亿元和139亿元`: the year they are reached is no subject.
  if (!previous?.subjects || direction !== undefined || trimLabel(rawLabel).replace(/^(?:19|20)[0-9]{2}年(?:底|末)?/u, '') !== '') return undefined;
  const between = text.slice(previous.figure.outerEnd, figure.outerStart);
  return sentenceBreak.test(between) ? undefined : previous.subjects;
}

/** `由`, `从2010年的`, `由“十一五”末的`: a level counted up from. */
const STARTS_FROM = /(?:由|从)(?:(?:19|20)[0-9]{2}年(?:底|末)?的?|[“"]?十[一二三四五]五[”"]?末的?)?$/u;
/** `提高到2016年的`, `提高到预计的` (the last year's level still estimated). */
const REACHES = /^(?:预计)?(?:提高|增加|增长|提升|上升|扩大|跃升|攀升|增至|减少|下降|降低|降至)?(?:到|至)?(?:(?:19|20)[0-9]{2}年(?:底|末)?的?|预计(?:的)?)?$/u;

/** The figure a level is counted up from (`由2.3亿元提高到`), measured alike and in its clause chain. */
export function startingLevel(previous: Found | undefined, rawLabel: string, text: string, figure: Figure): Found | undefined {
  if (!previous || previous.direction !== undefined || !STARTS_FROM.test(previous.rawLabel)) return undefined;
  if (!/(?:到|至)/u.test(rawLabel) || !REACHES.test(rawLabel)) return undefined;
  if (previous.figure.unitKind !== figure.unitKind) return undefined;
  return sentenceBreak.test(text.slice(previous.figure.outerEnd, figure.outerStart)) ? undefined : previous;
}

export function lastBreak(text: string, end: number, pattern: RegExp): number {
  let start = end;
  while (start > 0 && (!pattern.test(text[start - 1] ?? '') || isDecimalStop(text, start - 1))) start -= 1;
  return start;
}
