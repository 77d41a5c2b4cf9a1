/**
 * Metric extraction: every figure in the report's headings and paragraphs becomes a `Metric`
 * (`m1`, `m2` … in reading order) and a metric span at its anchor.
 *
 *   figures.ts  find the figure spans and their qualifiers
 *   labels.ts   label phrase → indicator id
 *   resolve.ts  the indicator of a figure whose label alone does not say it
 *   growth.ts   changes (`增长8%`) and the level they qualify
 *   chains.ts   how a figure relates to those before it (its level, its list, its start)
 *   period.ts   period and role from the block and cue words
 *
 * Changes. A `%`/`个百分点` figure after a change word is a change: unitKind `growth-rate` (for %)
 * or `growth-pp` (for percentage points), `value` signed (`下降3.5%` → −3.5), and `growth` /
 * `growthUnit` set to that same signed value, so a change reads the same whether it qualifies a
 * level or not. When it qualifies a level in its sentence (`生产总值1095亿元,增长8%`) it has
 * `growthOf` = the level's id, shares its indicator, period and role, and the level gets `growth`.
 * A change with no level (`固定资产投资总额增长10%以上`) has no `growthOf`: it is the indicator's
 * only observation in that sentence. A chain of k bare changes after k levels
 * (`城镇…42058元,农村…23708元,分别增长9.2%、10.2%`) pairs them in order.
 *
 * Lists. Figures sharing one label (`城镇和农村常住居民人均可支配收入39175元和19156元`, or any
 * label with 分别) take its subjects in order; levels restated after such a chain with only a verb
 * (`分别增长8%和8.1%,达到48620元和20660元`) take them too. A level counted up from another
 * (`财政收入由2.3亿元提高到4.3亿元`) is the start's indicator.
 */
import type { Block, Indicator, Metric, Report, Span } from '../../model.ts';
import { textSites, type TextSite } from '../walk.ts';
import { findFigures, type Figure } from './figures.ts';
import { figureIndicator } from './resolve.ts';
import {
  buildIndicatorIndex,
  matchIndicator,
  phraseBefore,
  listBreak,
  respectiveSubjects,
  trimLabel,
  type IndicatorIndex,
} from './labels.ts';
import { changeDirection, changeUnit, isBareChange, type Direction } from './growth.ts';
import { blockTiming, figureTiming, headingTiming, isSpan, planAfterMultiple, spanNamed, termOfSentence, YEARS_SPAN, type Timing } from './period.ts';
import { baseYearOfRatio, continuesTargetList, estimatedAfter, notesEstimates, isAnnualChange, isBudgetBase, isOwnAnnualChange, scopedTiming, sentenceStart, type ScopeContext } from './scope.ts';
import {
  chainLength,
  RANK_NOTE,
  clauseBreak,
  connector,
  listMinus,
  lastBreak,
  levelBefore,
  levelsBefore,
  restated,
  sentenceBreak,
  startingLevel,
  type Found,
} from './chains.ts';

export interface MetricsResult {
  metrics: Metric[];
  spans: Map<string, Span[]>;
}

/** `区`, `县`, `旗` or `市` (a county-level city): what the report's `全…` means. */
export function ownUnitOf(district: string): string {
  const last = district.at(-1) ?? '区';
  return '区县旗市'.includes(last) ? last : '区';
}

export function extractMetrics(report: Pick<Report, 'data' | 'blocks'> & Partial<Pick<Report, 'front'>>, indicators: Indicator[]): MetricsResult {
  const index = buildIndicatorIndex(indicators, ownUnitOf(report.data.district.name), report.data.district.name);
  const metrics: Metric[] = [];
  const spans = new Map<string, Span[]>();
  const leading = leadingParts(report.blocks);
  let list = { block: undefined as Block | undefined, open: false };
  // The part whose text said `预计(下同)` (or `(预计数,下同)`): its later paragraphs are estimated too.
  let estimateNoted: Block | undefined;
  // The unplaced part whose text stated the plan year's targets (`2015年,…主要预期目标是:`), and where.
  let targetsStated: { block: Block; section: unknown } | undefined;
  // An unplaced text's lead of the year's work (`今年要全力抓好十件大事:`): what follows is the plan.
  // The header's last line may be that lead (`(四川省)洪雅县人民政府工作报告(2023年1月8日)` / `今年要全力抓好十件大事:`).
  // So is a title naming the plan year's promises (`2023年政府承诺十大惠民工程`).
  let planLed = leadsPlan(report.front?.at(-1)?.text ?? '', report.data.planYear) || (report.front ?? []).some((line) => titlesPromises(line.text, report.data.planYear));
  // A term review's paragraph `一年来,我们主要做了以下几个方面工作:` before the year's sections: what
  // follows in the part is the year's, until a paragraph or a section turns to the term.
  let yearLed: Block | undefined;
  // A text that lists its parts' headings before its body (`一、2023年工作回顾` … `三、全面推进服务型政府建设`,
  // then the title and the body) leaves the body in the last part listed: a paragraph repeating an
  // earlier part's heading starts that part again, for the figures after it in the part it stands in.
  const partHeadings = new Map(report.blocks.flatMap((b) => (b.kind === 'part' && b.heading ? [[squeeze(b.heading.text), b] as const] : [])));
  let restart: { in: Block; as: Block } | undefined;
  for (const site of textSites(report)) {
    const again = site.kind === 'paragraph' ? partHeadings.get(squeeze(site.rich.text)) : undefined;
    if (again && again !== site.block && report.blocks.indexOf(again) < report.blocks.indexOf(site.block)) restart = { in: site.block, as: again };
    const restarted = restart?.in === site.block;
    const block = restarted && restart ? restart.as : site.block;
    const placed = planAfterTargets(blockTiming(block, report.data, leading.has(block)), site, targetsStated, report.data.planYear);
    const unplaced = block.role === 'other' && (block.kind !== 'part' || leading.has(block));
    const own = planLed && unplaced ? plannedAfterLead(placed, report.data.planYear) : placed;
    if (yearLed === site.block && TURNS_TO_TERM.test(site.rich.text)) yearLed = undefined;
    const headed =
      (restarted ? undefined : headingTiming(site.section?.heading.text, own, report.data.planYear)) ??
      headingTiming(block.heading?.text, own, report.data.planYear) ??
      own;
    const base = yearLed === site.block && headed.role === 'actual' && isSpan(headed.period) ? { ...headed, period: headed.period.slice(-4) } : headed;
    const inList = list.open && list.block === site.block;
    list = { block: site.block, open: continuesTargetList(site.rich.text, inList) };
    const scope = {
      base,
      blockRole: block.role,
      heading: block.heading?.text ?? '',
      planYear: report.data.planYear,
      year: report.data.year,
      inTargetList: inList,
      estimateNoted: estimateNoted === site.block,
    };
    const found = siteMetrics(site, scope, index, metrics.length);
    if (notesEstimates(site.rich.text)) estimateNoted = site.block;
    if (leading.has(site.block) && statesPlanTargets(site.rich.text, report.data.planYear)) targetsStated = { block: site.block, section: site.section };
    if (unplaced && leadsPlan(site.rich.text, report.data.planYear)) planLed = true;
    if (base.role === 'actual' && isSpan(base.period) && YEAR_WORK_LEAD.test(site.rich.text.trim())) yearLed = site.block;
    if (found.length === 0) continue;
    metrics.push(...found.map((f) => f.metric));
    spans.set(
      site.anchor,
      found.map(({ metric, figure }) => ({ type: 'metric', start: figure.start, end: figure.end, metricId: metric.id })),
    );
  }
  return { metrics, spans };
}

/**
 * `2015年,二七区经济社会发展主要预期目标是:…` in an unplaced part (an excerpt with no part headings),
 * then `(一)坚持全域发展,着力优化提升产业结构`: the sections after the plan year's targets are the plan's.
 */
function planAfterTargets(own: Timing, site: TextSite, stated: { block: Block; section: unknown } | undefined, planYear: number | undefined): Timing {
  if (!stated || planYear === undefined || stated.block !== site.block || own.role !== 'actual' || isSpan(own.period)) return own;
  if (!site.section || site.section === stated.section || Number(own.period) >= planYear) return own;
  return { period: String(planYear), role: 'target' };
}

/** A verb alone, of a stage of the work just totalled: `竣工`, `投产`, `建成投用`. */
const SAME_WORK = /^(?:其中)?(?:已)?(?:竣工|投产|建成|开工|签约|落地|投用|建成投用|竣工投产|开业|到位)(?:达到?)?$/u;

const squeeze = (text: string) => text.replace(/\s+/gu, '');

function subjectBefore(text: string, clauseStart: number, limit: number, unitKind: string, index: IndicatorIndex): Indicator | undefined {
  if (!/[,，]/u.test(text[clauseStart - 1] ?? '')) return undefined;
  const before = phraseBefore(text, clauseStart - 1, limit);
  if (before === '' || /[0-9０-９]/u.test(before)) return undefined;
  const subject = before.replace(/(?:突破|跨越|迈上|跃上|站上|超过|首次|连续|实现|达到).*$/u, '');
  return subject === '' ? undefined : matchIndicator(index, subject, unitKind, 'start');
}

/** `一年来,我们主要做了以下几个方面工作:`, `过去一年,主要抓了以下工作:` on a line of its own. */
const YEAR_WORK_LEAD = /^(?:一年来|过去的?一年(?:里|中)?)[,，]?(?:我们)?(?:主要)?(?:做了|抓了|开展了)[^。；;,，]{0,16}(?:工作|方面)[:：。]$/u;
/** `五年来,…`, `(二)过去五年工作回顾`, `本届政府…`: the text turns from the year to the term. */
const TURNS_TO_TERM = /^[^。，,]{0,12}(?:五年|本届|十[一二三四五]五)/u;

/** `今年要全力抓好十件大事:`, `今年要重点聚焦八项工作:`, `2023年要重点做好以下工作:` on a line of its own. */
function leadsPlan(text: string, planYear: number | undefined): boolean {
  const lead = /^(?:今年|((?:19|20)[0-9]{2})年)(?:我们)?(?:要|将)[^。；;：:,，]{0,16}(?:工作|大事|任务|实事)[:：]$/u.exec(text.trim()) ?? NEWS_PLAN_LEAD.exec(text.trim());
  return planYear !== undefined && lead !== null && (lead[1] === undefined || Number(lead[1]) === planYear);
}
/**
 * A news item's opening on the report, ending on what the year ahead will bring: `…区长朱玉友作政府工作报告。
 * 2023年,博山区将立足…“三大目标”,…统筹推进经济社会发展。`: the items after it are the plan's.
 */
const NEWS_PLAN_LEAD = /工作报告[^。]{0,10}。(?:今年|((?:19|20)[0-9]{2})年)[,，][^。，,0-9０-９]{0,8}将[^。0-9０-９]*。$/u;

function titlesPromises(text: string, planYear: number | undefined): boolean {
  const title = /^((?:19|20)[0-9]{2})年[^。，,:：；;]{0,12}(?:民生实事|惠民工程|惠民实事|为民办实事)(?:项目)?$/u.exec(text.trim());
  return planYear !== undefined && title !== null && Number(title[1]) === planYear;
}

function plannedAfterLead(own: Timing, planYear: number | undefined): Timing {
  if (planYear === undefined || own.role !== 'actual' || isSpan(own.period) || Number(own.period) >= planYear) return own;
  return { period: String(planYear), role: 'target' };
}

function statesPlanTargets(text: string, planYear: number | undefined): boolean {
  return planYear !== undefined && new RegExp(`${planYear}年[^。；;]{0,30}(?:主要预期目标|预期目标|主要目标)(?:是|为)[:：]`, 'u').test(text);
}

/** The parts before the first one the outline gave a role: the text's opening, as yet unplaced. */
function leadingParts(blocks: Block[]): Set<Block> {
  const leading = new Set<Block>();
  for (const block of blocks) {
    if (block.kind !== 'part') continue;
    if (block.role !== 'other') break;
    leading.add(block);
  }
  return leading;
}


/**
 * `力争到2020 年,`, `从 2011 年到 2016 年,`: a year a PDF's spaces broke from its 年 and from the word
 * before is read without them; `at` maps a place in the joined text back to the paragraph's.
 */
export function joinBrokenYears(text: string): { text: string; at: (index: number) => number } {
  const removed: number[] = [];
  const joined = text.replace(/(?<=^|[\u4e00-\u9fff，,、：:“（(])([ \u00a0\u3000]*)((?:19|20)[0-9]{2})([ \u00a0\u3000]*)(?=年)/gu, (_match: string, before: string, year: string, after: string, offset: number) => {
    for (let i = 0; i < before.length; i += 1) removed.push(offset + i);
    for (let i = 0; i < after.length; i += 1) removed.push(offset + before.length + year.length + i);
    return year;
  });
  if (removed.length === 0) return { text, at: (index) => index };
  return {
    text: joined,
    at: (index) => {
      let original = index;
      for (const place of removed) {
        if (place <= original) original += 1;
        else break;
      }
      return original;
    },
  };
}

function siteMetrics(site: TextSite, scope: Omit<ScopeContext, 'text' | 'outerStart' | 'outerEnd'> & { year: number }, index: IndicatorIndex, before: number): Found[] {
  const joined = joinBrokenYears(site.rich.text);
  const text = joined.text;
  const { base } = scope;
  const found: Found[] = [];
  const figures = findFigures(text);
  for (const [position, figure] of figures.entries()) {
    const previous = found.at(-1);
    const prevEnd = previous?.figure.outerEnd ?? 0;
    const own = phraseBefore(text, figure.outerStart, prevEnd);
    const gap = text.slice(prevEnd, figure.outerStart);
    // `分别达到99.11%、99.34%`, `下降13.2%和6.24%`: a figure with no words of its own shares the label before.
    // Not a level after changes: `分别增长7.8%和8.5%、达到49601元和28224元` restates the levels
    // (`达到` is cut off as a qualifier), while `修建村村通道路23条、163公里` measures one thing twice.
    const levelAfterChange = previous?.direction !== undefined && changeUnit(figure.unit) === undefined;
    // `增速分别为5.6%(全市第四)、6.6%`: a rank noted after the figure before is no word of this one.
    const gapWords = gap.replace(RANK_NOTE, '');
    // `、-5.3%`: the minus after a list's comma is the figure's sign, no word of its own.
    const minus = listMinus.test(gap);
    const inherits = previous !== undefined && connector.test((minus ? own.replace(/[-－−]\s*$/u, '') : own).replace(RANK_NOTE, '')) && connector.test(gapWords) && gapWords !== '' && !levelAfterChange;
    const rawLabel = inherits ? previous.rawLabel : own;
    const chain = inherits ? previous.chain + 1 : 0;
    const unit = changeUnit(figure.unit);
    // `分别增长15.4%、-5.3%和1.5%`: a minus in the list turns its own figure round, not the list's word.
    const listDirection = unit ? (inherits ? (previous.listDirection ?? previous.direction) : changeDirection(rawLabel)) : undefined;
    const direction = listDirection && inherits && minus ? ((-1 * listDirection) as Direction) : listDirection;
    const chained = !inherits && chainLength(text, figures, position) > 1;
    const subjects = inherits
      ? previous.subjects
      : (rawLabel.includes('分别') || chained
          ? respectiveSubjects(phraseBefore(text, figure.outerStart, prevEnd, listBreak), chained)
          : undefined) ?? restated(previous, rawLabel, direction, text, figure);

    const sentence = text.slice(lastBreak(text, figure.outerStart, sentenceBreak), figure.outerStart);
    const clause = text.slice(lastBreak(text, figure.outerStart, clauseBreak), figure.outerStart);
    const term = { full: text.slice(sentenceStart(text, figure.outerStart), figure.outerStart), year: scope.year };
    let timing = scopedTiming(figureTiming(base, sentence, clause, term), { ...scope, text, outerStart: figure.outerStart, outerEnd: figure.outerEnd });
    // `GDP增速从一季度3.3%、到上半年4.5%`: a quarter's figure has no period in the model; left unannotated.
    if (timing.unplaced) continue;
    // `“十三五”时期,…投入扶贫资金21140.5万元,实现产业项目14个` in the review of the term's last year.
    const ofTerm = direction === undefined && timing.period === base.period && !timing.annualAverage ? termOfSentence(term.full, base) : undefined;
    if (ofTerm && !['percent', 'ratio', 'permille'].includes(figure.unitKind) && !/达|突破|超|为/u.test(figure.qualifier ?? '')) timing = { ...timing, period: ofTerm };
    if (direction === undefined && isBudgetBase(rawLabel, text, figure.outerEnd)) {
      timing = { ...timing, role: 'target', period: timing.period.slice(0, 4) };
    }

    // `增长12.9%,五年年均增长11.2%`: an average or total over a span is a second change of the same level.
    const spanChange = timing.annualAverage === true || timing.cumulative === true;
    const bare = direction !== undefined && isBareChange(rawLabel);
    const paired = inherits
      ? previous.paired
      : bare
        ? levelsBefore(found, text, figure, chained ? chainLength(text, figures, position) : 1)
        : undefined;
    const level = paired ? paired[chain] : bare ? levelBefore(found, text, figure, spanChange) : undefined;
    const subject = subjects?.[chain] ?? trimLabel(rawLabel);
    let indicator: Indicator | undefined;
    if (level) {
      indicator = level.metric.indicator ? index.byId.get(level.metric.indicator) : undefined;
      if (annualInTerm(base, level.metric.period, timing, rawLabel)) level.metric.period = base.period.slice(-4);
      // `实现地区生产总值210.9亿元,年均增长9.1%` in a term review: the level the average reaches is the last year's.
      if (timing.annualAverage && levelOfTerm(base, level.metric)) level.metric.period = base.period.slice(-4);
      // `生产总值595亿元,增长5.5%(预计,同比,下同)`: the note after the change is its level's too.
      if (level.metric.role === 'actual' && timing.role === 'estimate' && estimatedAfter(text, figure.outerEnd)) level.metric.role = 'estimate';
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
      indicator = figureIndicator({ text, figure, rawLabel, subject: sectorCarried(subject, term.full), change: direction !== undefined, prior, index });
      // `固定资产投资突破百亿大关,由46.43亿元增加到128.8亿元`: a start with no words of its own is of the
      // subject of the clause before, when that clause states no figure.
      if (!indicator && direction === undefined && /^(?:由|从)$/u.test(rawLabel.trim())) indicator = subjectBefore(text, figure.outerStart - rawLabel.length, prevEnd, figure.unitKind, index);
      // `地区生产总值年均增长14.9%,2010年达到1790亿元,比上年增长11.8%`: a level a year reaches, with no
      // words of its own, right after an average is the level of the average's subject.
      if (!indicator && direction === undefined && previous?.metric.annualAverage && prior?.indicator && /^(?:19|20)[0-9]{2}年(?:底|末)?(?:达到|达|为|增至|增加到|提高到)?$/u.test(rawLabel.trim())) {
        const averaged = index.byId.get(prior.indicator);
        if (averaged?.unitKind === figure.unitKind) indicator = averaged;
      }
      // `全市地区生产总值是2016年的1.34倍,年均增长6%`, `城乡居民人均可支配收入分别是2016年的1.4倍、1.53倍,
      // 年均增长7%、8.9%`: a bare change after multiples is of the subjects they measure, in order.
      if (!indicator && direction && isBareChange(rawLabel)) indicator = multipleSubject(found, text, figure, chained ? chainLength(text, figures, position) : inherits ? chain + 1 : 1, chain, index);
      // `能耗下降3%,五年累计下降20.4%`: the span's change of the change just stated.
      if (!indicator && spanChange && direction && isBareChange(rawLabel) && prior?.indicator && previous?.direction) {
        indicator = index.byId.get(prior.indicator);
      }
      // `社会消费品零售总额同比下降4.7%` in a term review: a change over one year, the last.
      if (direction && /同比|比上年|较上年|可比/u.test(rawLabel) && annualInTerm(base, timing.period, timing, rawLabel.replace(/^.*?(?=同比|比上年|较上年|可比)/u, ''))) {
        timing = { ...timing, period: base.period.slice(-4) };
      }
      // `规上工业增加值增长7.6%;固定资产投资下降9.8%` in a term review: changes over one year, the last.
      if (direction && isOwnAnnualChange(rawLabel) && !/年均|累计|五年|以来/u.test(sentence) && annualInTerm(base, timing.period, timing, '增长')) {
        timing = { ...timing, period: base.period.slice(-4) };
      }
    }

    // `财政收入由2.3亿元提高到4.3亿元`: the level reached is the start's, at the period's end.
    const start = direction === undefined ? startingLevel(previous, rawLabel, text, figure) : undefined;
    if (start) {
      indicator ??= start.metric.indicator ? index.byId.get(start.metric.indicator) : undefined;
      // Counted from the year before the period, unless the sentence names years of its own or the
      // paragraph speaks of several (`五年来,…公共预算支出由11.66亿元增加到29.33亿元`).
      // In a term review the years spoken of are the term's own.
      const own =
        base.role === 'actual' &&
        !/(?:19|20)[0-9]{2}年/u.test(sentence) &&
        (isSpan(base.period) || !new RegExp(`${YEARS_SPAN}|十[一二三四五]五`, 'u').test(text.slice(0, figure.outerStart)));
      // `从2011年到2016年,地区生产总值由65.6亿元增加到120.5亿元;…`: the full sentence names both years, for all its parts.
      const fromTo = FROM_TO_YEARS.exec(text.slice(sentenceStart(text, figure.outerStart), figure.outerStart));
      if (fromTo && base.role === 'actual' && Number(fromTo[1]) < Number(fromTo[2]) && [base.period, fromTo[2], `${fromTo[1]}-${fromTo[2]}`].includes(start.metric.period)) {
        start.metric.period = fromTo[1]!;
        start.metric.role = 'actual';
        timing = { ...timing, period: fromTo[2]! };
      } else if (own && start.metric.period === base.period && timing.period === base.period) {
        // The year before the period is past: its figure is known, whatever is estimated of the end.
        start.metric.period = String(Number(base.period.slice(0, 4)) - 1);
        start.metric.role = 'actual';
        timing = { ...timing, period: base.period.slice(-4) };
      } else if (base.role === 'actual' && isSpan(base.period) && start.metric.period !== base.period && timing.period === base.period) {
        // `由2016年的5908亿元预计增至9500亿元` in a five-year review: the span's last year.
        timing = { ...timing, period: base.period.slice(-4) };
      } else if (base.role === 'actual' && !isSpan(base.period) && start.metric.period === base.period && !/(?:19|20)[0-9]{2}年/u.test(sentence)) {
        // `五年来,…零售总额从382亿元增长到500亿元` in a year's review: counted from the year before the five.
        const span = spanNamed(text.slice(0, figure.outerStart), base);
        if (span) {
          start.metric.period = String(Number(span.slice(0, 4)) - 1);
          start.metric.role = 'actual';
        }
      }
    }

    // `一般公共预算收入突破10亿元,是2016年的2.1倍` in a term review of 2017-2021: the ratio and the
    // levels of its `；`-sentence stated for the term are the last year's.
    const ratioBase = figure.unitKind === 'ratio' ? baseYearOfRatio(rawLabel) : undefined;
    if (ratioBase !== undefined && base.role === 'actual' && isSpan(base.period) && timing.period === base.period && ratioBase < Number(base.period.slice(0, 4))) {
      timing = { ...timing, period: base.period.slice(-4) };
      const from = lastBreak(text, figure.outerStart, sentenceBreak);
      for (const earlier of found) {
        const m = earlier.metric;
        if (earlier.figure.start >= from && m.period === base.period && !m.annualAverage && !m.cumulative) m.period = timing.period;
      }
    }

    // `预计五年累计完成固定资产投资2676.8亿元、…,分别是“十二五”的1.1倍`: a multiple of the plan period
    // before measures the totals over the one after it.
    const planSpan = figure.unitKind === 'ratio' ? planAfterMultiple(rawLabel) : undefined;
    if (planSpan && found.some((f) => f.figure.start >= lastBreak(text, figure.outerStart, sentenceBreak) && f.metric.cumulative && f.metric.period === planSpan)) {
      timing = { ...timing, period: planSpan };
    }

    // `地区生产总值增长5.9%(达到1133.16亿元)`: the level in brackets after its change is the change's;
    // so is one reached right after it (`地区生产总值增长8.7%、达到9651.4亿元`).
    // Not after a chain of changes (`分别增长7.8%和8.5%、达到49601元和28224元`: each its own), and a
    // change in points reaches a rate (`上升6.4个百分点,达到5年最好水平` is no level).
    const reachedAfter =
      own === '' &&
      /^\s*[、,，]\s*$/u.test(gap) &&
      /^达到?$/u.test(figure.qualifier ?? '') &&
      previous?.chain === 0 &&
      previous.subjects === undefined &&
      !chained &&
      (previous.metric.growthUnit === 'pp' ? figure.unitKind === 'percent' : !['percent', 'growth-rate', 'growth-pp'].includes(figure.unitKind) && figure.unit !== '年');
    const bracketed = direction === undefined && previous?.direction !== undefined && previous.metric.growthOf === undefined && (/^\s*[(（]$/u.test(gap) || reachedAfter);
    if (bracketed) {
      indicator = previous.metric.indicator ? index.byId.get(previous.metric.indicator) : indicator;
      timing = { period: previous.metric.period, role: previous.metric.role };
    }

    // `完成固定资产投资413.5亿元,五年累计完成1528.6亿元` in a term review: the level beside the term's total is the last year's.
    if (timing.cumulative && previous && base.role === 'actual' && isSpan(base.period) && TOTAL_ONLY.test(rawLabel) && /^\s*[,，]\s*$/u.test(gap.slice(0, gap.length - rawLabel.length)) && levelOfTerm(base, previous.metric) && previous.direction === undefined) {
      previous.metric.period = base.period.slice(-4);
    }

    // `累计开工建设144万平方米,竣工96万平方米`, `累计入园企业达121家,投产87家`: a bare verb of the same
    // work right after a total counts up to the same total's end.
    if (direction === undefined && previous?.metric.cumulative && previous.direction === undefined && !timing.cumulative && /^\s*[,，、]\s*$/u.test(gap.slice(0, gap.length - own.length)) && SAME_WORK.test(own)) {
      timing = { ...timing, period: previous.metric.period, role: previous.metric.role, cumulative: true };
    }
    const metric = toMetric(figure, `m${before + found.length + 1}`, site.anchor, timing);
    if (bracketed) {
      previous.metric.growthOf = metric.id;
      Object.assign(metric, { growth: previous.metric.value, growthUnit: previous.metric.growthUnit });
    }
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
    found.push({ metric, figure, rawLabel, direction, ...(listDirection ? { listDirection } : {}), subjects, chain, ...(paired ? { paired } : {}) });
  }
  if (base.role === 'actual' && isSpan(base.period)) {
    datedByTheirSentence(found, text, base.period);
    // `森林覆盖率提升到63.65%` in a term review: the rate the term raised is its last year's (the work
    // beside it, `完成营造林136.5万亩`, stays the term's).
    for (const f of found) {
      const m = f.metric;
      if (f.direction === undefined && m.unitKind === 'percent' && m.period === base.period && !m.cumulative && !m.annualAverage && m.growthOf === undefined && (RAISED_TO.test(f.rawLabel) || /^达到?$/u.test(f.figure.qualifier ?? ''))) m.period = base.period.slice(-4);
    }
  }
  if (base.role === 'actual' && isSpan(base.period)) levelsAgainstTermStart(found, text, base.period);
  if (text === site.rich.text) return found;
  return found.map((f) => ({ ...f, figure: { ...f.figure, start: joined.at(f.figure.start), end: joined.at(f.figure.end - 1) + 1 } }));
}

/**
 * `预计全市地区生产总值663亿元,增长9%;…;城镇登记失业率5%。` in a term review: a sentence whose figures
 * are of the term's last year (and of no other time) dates the levels it states for the term too,
 * unless their own clause speaks of the term (`五年来`, `累计`, `以来`, `期间`, `比2006年末增加`).
 */
function datedByTheirSentence(found: Found[], text: string, span: string): void {
  const last = span.slice(-4);
  const sentences = new Map<number, Found[]>();
  for (const f of found) {
    const at = sentenceStart(text, f.figure.outerStart);
    sentences.set(at, [...(sentences.get(at) ?? []), f]);
  }
  const groups = [...sentences.entries()];
  for (const [index, [at, group]] of groups.entries()) {
    const periods = new Set(group.map((f) => f.metric.period));
    const lastYears = !periods.has(last) || [...periods].some((p) => p !== last && p !== span) ? false : !group.some((f) => f.metric.annualAverage || f.metric.cumulative);
    // `初步统计,2016年全区生产总值达到1300亿元…。城乡常住居民人均可支配收入分别达到33300元、15200元。`:
    // a paragraph that opens on the last year goes on in it, sentence by sentence, until one speaks of the term.
    const goesOn = !lastYears && index > 0 && opensOnLastYear(groups, last, span, text) && [...periods].every((p) => p === span) && !TERM_WORDS.test(sentenceText(text, at));
    if (!lastYears && !goesOn) continue;
    for (const f of group) {
      const clause = text.slice(lastBreak(text, f.figure.outerStart, clauseBreak), f.figure.outerStart);
      // Going on, only a headline level: what was done or won in the term (`先后获得…5项国家级荣誉`) is the term's.
      if (goesOn && (f.metric.indicator === undefined || f.direction !== undefined)) continue;
      if (f.metric.period === span && !TERM_CLAUSE.test(clause)) f.metric.period = last;
    }
  }
}

/** Words of a clause that speak of the whole term, not of its last year. */
const TERM_CLAUSE = /[两三四五]年|累计|累积|以来|共计|(?<!公)共(?:完成|实现)|期间|十[一二三四五]五|(?:比|较|与)(?:19|20)[0-9]{2}年/u;
/** And of a sentence. */
const TERM_WORDS = new RegExp(`${TERM_CLAUSE.source}|年均|前五年|先后|新增|是(?:19|20)[0-9]{2}年的`, 'u');

const sentenceText = (text: string, at: number) => text.slice(at, text.slice(at).search(/[。！？!?\n]|$/u) + at);

/**
 * The paragraph's first sentence with figures dates them (all but its totals and averages) to the
 * term's last year, and no sentence between speaks of the term.
 */
function opensOnLastYear(groups: Array<[number, Found[]]>, last: string, span: string, text: string): boolean {
  const [at, first] = groups[0] ?? [0, []];
  // An average since a base year the sentence names (`比2002年…年均增长16.9%`: 2003-2006) ends in the last year too.
  const ofTerm = (p: string) => p === span || (isSpan(p) && p.endsWith(last));
  return first.some((f) => f.metric.period === last) && first.every((f) => f.metric.period === last || ofTerm(f.metric.period)) && !/^[^。]*(?:五年来|过去五年)/u.test(text.slice(0, at + 1));
}

/**
 * `规模以上工业实现总产值218亿元、增加值61亿元`, `规模以上工业企业达到186家;完成增加值53.9亿元`: a
 * bare measure (增加值, 总产值, 产值) is of the sector its sentence named last.
 */
function sectorCarried(subject: string, sentence: string): string {
  if (!/^(?:实现|完成)?(?:增加值|总产值|产值)/u.test(subject)) return subject;
  const sector = [...sentence.matchAll(/规模以上工业(?:企业)?|规上工业(?:企业)?|规模工业|限额以上工业|第[一二三]产业|(?<!现代|生产性|生活性|新兴)服务业/gu)].at(-1)?.[0];
  return sector ? sector + subject.replace(/^(?:实现|完成)/u, '') : subject;
}

/**
 * A level and its change over one year (`实现地区生产总值410.5亿元、增长7%`, `同比增长`) in a term
 * review, dated to the term and not to a year of its own: both are the last year's.
 */
function annualInTerm(base: Timing, period: string, timing: Timing, rawLabel: string): boolean {
  return (
    base.role === 'actual' &&
    isSpan(base.period) &&
    period === base.period &&
    !timing.annualAverage &&
    !timing.cumulative &&
    isAnnualChange(rawLabel)
  );
}

const RAISED_TO = /(?:提升|提高|上升|增加|增长|升|增|降低|下降|降)(?:到|至)$/u;

/** A total's label with no subject of its own: `五年累计完成`, `累计`. */
/**
 * `城镇化率达到36%,较2016年提高5.05个百分点`, `人均地区生产总值达到75268元,五年提高32666元` in a term
 * review: the levels measured against the term's start, or over its five years, are its last year's
 * (after `datedByTheirSentence`, which would carry the last year on to the changes).
 */
/** The indicator of the multiple a bare change follows (`是2016年的1.34倍,年均增长6%`), the `chain`-th of `k`. */
function multipleSubject(found: Found[], text: string, figure: Figure, k: number, chain: number, index: IndicatorIndex): Indicator | undefined {
  const from = lastBreak(text, figure.outerStart, sentenceBreak);
  const changes = found.filter((f) => f.figure.start >= from).reverse();
  const ownChain = changes.slice(0, chain);
  if (ownChain.some((f) => f.direction === undefined)) return undefined;
  const ratios: Found[] = [];
  for (const f of changes.slice(chain)) {
    if (f.figure.unitKind !== 'ratio') break;
    ratios.unshift(f);
  }
  // As many multiples as changes: `分别是2015年的1.4倍、1.6倍,年均增长7.1%9.2%` lost a change.
  const ratio = ratios.length === k ? ratios[chain] : undefined;
  if (!ratio) return undefined;
  const subject = ratio.subjects?.[ratio.chain] ?? trimLabel(ratio.rawLabel);
  return matchIndicator(index, subject.replace(/(?:分别)?(?:是|为|相当于)(?:(?:19|20)[0-9]{2}年(?:底|末)?|[“"]?十[一二三四五]五[”"]?末?)?的?$/u, ''), undefined);
}

const FROM_TO_YEARS = /(?:从|由)((?:19|20)[0-9]{2})年(?:底|末)?(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?[,，]/u;

function levelsAgainstTermStart(found: Found[], text: string, span: string): void {
  for (const [at, f] of found.entries()) {
    if (f.metric.period !== span || !sinceTermStart(f.rawLabel, span)) continue;
    const from = lastBreak(text, f.figure.outerStart, sentenceBreak);
    for (const earlier of found.slice(0, at).reverse()) {
      if (earlier.figure.start < from || earlier.direction !== undefined) break;
      // The changes themselves (`分别比2000年增长1倍,4.1倍`) stay the term's.
      if (sinceTermStart(earlier.rawLabel, span) || earlier.metric.unitKind === 'ratio') continue;
      const m = earlier.metric;
      // A rate already dated to the last year (`农业产业化率达到68.2%`) lets the walk go on.
      if (m.period === span.slice(-4) && m.unitKind === 'percent') continue;
      if (m.period !== span || m.cumulative || m.annualAverage || m.growthOf !== undefined || /新增|新建|引进|累计|(?<!公)共|五年/u.test(m.label ?? '')) break;
      m.period = span.slice(-4);
    }
  }
}

/** `较2016年提高`, `分别比2015年增加`, `五年提高`: a change from the year before the term, or over its five years. */
function sinceTermStart(rawLabel: string, span: string): boolean {
  const change = /^(?:分别)?(?:(?:比|较)((?:19|20)[0-9]{2})年(?:底|末)?|(?:过去)?五年(?:来|间)?)(?:分别)?(?:增加|提高|增长|上升|提升)(?:了)?$/u.exec(rawLabel.trim());
  return change !== null && (change[1] === undefined || Number(change[1]) <= Number(span.slice(0, 4)));
}

const TOTAL_ONLY = /^(?:(?:过去|这)?[两三四五]年(?:来)?)?(?:累计|累积|共计|合计)(?:完成|实现|达到|达)?$/u;

/** A level dated to the whole term in a term review, that is no total, average or change over it. */
function levelOfTerm(base: Timing, metric: Metric): boolean {
  return (
    base.role !== 'target' &&
    isSpan(base.period) &&
    metric.period === base.period &&
    !metric.cumulative &&
    !metric.annualAverage &&
    metric.growthOf === undefined &&
    !['ratio', 'percent', 'growth-rate', 'growth-pp'].includes(metric.unitKind) &&
    // `新增规模以上工业企业123户,年均增长19.7%`: what was added over the term is the term's.
    !/新增|新建|新开工|引进|累计|(?<!公)共|五年/u.test(metric.label ?? '')
  );
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
