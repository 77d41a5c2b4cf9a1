/**
 * What a figure's status and span take from beyond its own clause and `；`-sentence: the full
 * sentence up to `。`, the paragraph before it and the part's heading. Real reports state an
 * estimate or a target list once and let it run on (`预计,地区增加值同比增长20%;社会消费品零售额
 * 208亿元…`, `主要预期目标是:…`); the year a term review's sentence names for all its parts is read
 * in period.ts (`termYear`).
 */
import type { BlockRole } from '../../model.ts';
import { isSpan, spanNamed, type Timing } from './period.ts';
import { isDecimalStop } from './figures.ts';

export interface ScopeContext {
  /** The paragraph's text. */
  text: string;
  /** Where the figure's words start (its qualifier before it) and end (its qualifier after it). */
  outerStart: number;
  outerEnd: number;
  /** The timing of the figure's block, before any cue word. */
  base: Timing;
  /** The role the outline gave the figure's part. */
  blockRole: BlockRole;
  /** The part's heading, if any. */
  heading: string;
  planYear: number | undefined;
  /** The paragraph is an item of a target list led by a paragraph before (`主要预期目标是:` on a line of its own). */
  inTargetList: boolean;
  /** A paragraph before in the same part said its figures are estimated from there on (`全市预计(下同)实现…`). */
  estimateNoted?: boolean;
}

/**
 * `(预计数,下同)`, `预计(下同)`, `(预计,同比,下同)`: the estimate holds for the figures that follow it
 * (and the one it follows).
 */
const ESTIMATE_THROUGHOUT = /预计数?(?:[,，、][^,，、()（）。；;]{1,4})?[)）]?[,，、]?[(（]?下同|预计[(（]下同[)）]/u;
/**
 * `初步预测,全年…;…`, `据统计预测,全县地区生产总值增长12.6%…`, `预计到年底,…`, `预计到2021年末,…`, `预计:…`, `初步预计,…`, `2012年预计,…`, after a short lead without
 * a figure (`经济运行方面,预计全年,…`): an estimate opening a sentence holds for all its `；` parts.
 */
const ESTIMATE_OPENING = /^[—\-\s]*(?:[^，,。；;：:0-9０-９]{1,8}[,，])?(?:(?:19|20)[0-9]{2}年[,，]?)?(?:据)?(?:初步预测|初步预计|统计预测|预计)(?:到(?:19|20)[0-9]{2}年(?:底|末))?[^，,。；;：:]{0,6}[,，：:]/u;
/** `从619.98亿元增长到880亿元(预计)`, `340亿元(2017年指标为预计数,下同)`: the figure just before is an estimate. */
const ESTIMATE_AFTER = /^[(（][^()（）]{0,10}预计数?(?:[)）,，、]|$)/u;

/** The paragraph notes that the figures from there on are estimated (`(预计数,下同)`, `全市预计(下同)`). */
export function notesEstimates(text: string): boolean {
  return ESTIMATE_THROUGHOUT.test(text);
}

/** A note right after a figure saying it is estimated (`(预计,同比,下同)`): for the change's level too. */
export function estimatedAfter(text: string, outerEnd: number): boolean {
  return ESTIMATE_AFTER.test(text.slice(outerEnd));
}
/**
 * The lead of a list of the year's targets: `主要预期目标是:`, `提出了今年经济发展的主要预期指标:`,
 * `建议2025年全县经济社会发展的努力目标为:`, `会议提出2022年主要经济指标的计划安排是:`, `主要预期目标建议为:`.
 */
const TARGET_LEAD = /(?:预期|主要|努力|奋斗)(?:目标|指标)(?:任务)?(?:建议)?(?:是|为)?[:：]|(?:目标|指标)的?(?:计划)?安排(?:是|为)?[:：]|(?:抓好|办好|实施|推进)[0-9０-９一二三四五六七八九十]+(?:件|项|类)(?:重点)?民生实事(?:项目)?[:：]/u;
/** `围绕上述目标,重点做好以下工作:`, `为实现上述目标,`: a paragraph on the work planned for the targets just listed. */
const WORK_FOR_TARGETS = /^[—\-\s]*(?:围绕|为实现|为完成|紧扣|按照)(?:上述|以上|这些)(?:目标|任务)/u;
/** `比上年增长`, `同比增长`, `增长`: a change over one year, not over a term. */
const ANNUAL_CHANGE = /^(?:[(（]?下同[)）]|同比(?:口径)?|比上年|较上年|比去年|较去年|全年|实际|按?可比(?:口径|价格|价)?(?:计算)?|按?不变价(?:格)?(?:计算)?|按?现价|同口径|[(（](?:以下)?(?:简称|下称)[^()（）]{0,6}[)）]|分别|均)*(?:增长|增加|提高|下降|减少|降低|比增|比降)(?:了|为|达到|达|约)?$/u;

/** `未来五年,`, `今后五年,` opening a paragraph: the five years from the plan year. */
const FIVE_YEARS_AHEAD = /^[—\-\s]*(?:未来|今后)五年[,，]/u;
const TERM_AND_YEAR = /^[一二三四五六七八九十、\s]*[“"]?十[一二三四五]五[”"]?(?:时期|期间)?(?:及|和|暨)(?:19|20)[0-9]{2}年/u;

export const sentenceStart = (text: string, at: number) => {
  let start = at;
  while (start > 0 && (!/[。！？!?\n]/u.test(text[start - 1] ?? '') || isDecimalStop(text, start - 1))) start -= 1;
  return start;
};

/** The timing with what the full sentence, the paragraph and the heading add. */
export function scopedTiming(timing: Timing, ctx: ScopeContext): Timing {
  const { text, outerStart, base } = ctx;
  const sentence = text.slice(sentenceStart(text, outerStart), outerStart);
  const before = text.slice(0, outerStart);
  const next: Timing = { ...timing };

  const throughout = ESTIMATE_THROUGHOUT.exec(text);
  const estimated = ctx.estimateNoted === true || (throughout && throughout.index <= ctx.outerEnd + 1) || ESTIMATE_OPENING.test(sentence) || estimatedAfter(text, ctx.outerEnd);
  // Not a figure of a year before the period (`人均GDP由2015年52092元提高到…` under `(预计,下同)`): that is known.
  const past = Number(next.period.slice(0, 4)) < Number(base.period.slice(0, 4));
  if (base.role === 'actual' && estimated && next.role === 'actual' && !past) next.role = 'estimate';

  // A target list in a news item or an unplaced part (`主要预期目标是:全区生产总值增长7%左右,…`):
  // the plan's targets, for the plan year, through all its `；`.
  // So is a paragraph opening on the work for those targets (`围绕上述目标,重点做好以下工作:一是…全年引进…项目60个以上`).
  if (ctx.blockRole !== 'review' && base.role === 'actual' && (TARGET_LEAD.test(sentence) || ctx.inTargetList || WORK_FOR_TARGETS.test(text)) && ctx.planYear !== undefined) {
    next.role = 'target';
    if (next.period === base.period && !next.annualAverage && !next.cumulative) next.period = String(ctx.planYear);
  }
  // `未来五年,…主要目标是,地区生产总值达1220亿元` after the review of 2025: a level aimed at over the
  // five years ahead is their last year's (2030), not the next year's.
  const reviewed = Number(base.period.slice(-4));
  if (base.role === 'actual' && next.role === 'target' && !next.annualAverage && !next.cumulative && [String(reviewed), String(reviewed + 1)].includes(next.period) && FIVE_YEARS_AHEAD.test(text)) {
    next.period = String(reviewed + 5);
  }

  // `确保GDP增长7%` in a news item's unplaced part: a target the sentence does not date is the plan year's.
  if (ctx.blockRole !== 'review' && base.role === 'actual' && timing.role === 'target' && next.period === base.period && !isSpan(base.period) && ctx.planYear !== undefined && Number(base.period.slice(0, 4)) < ctx.planYear) {
    next.period = String(ctx.planYear);
  }

  // An average (or a total, in a paragraph opening on the span) whose sentence names no span: the
  // span the paragraph or the part's heading names (`五年来,综合实力显著增强。初步测算,…年均增长13.1%`,
  // `过去的五年,…;固定资产投资累计完成2867亿元`).
  if (base.role === 'actual' && (next.annualAverage || next.cumulative) && !isSpan(next.period)) {
    // `“十三五”时期,是渝北发展…的五年。…累计完成固定资产投资6800亿元`: a paragraph opening on the term.
    const opening = /^[—\-\s]*(?:(?:过去的?|这|近)?五年(?:来|间|中|里)?|[“"]?十[一二三四五]五[”"]?(?:时期|期间)[,，是])/u.test(text);
    // A total under a heading naming the term and its last year (`一、“十三五”时期及2020年工作回顾`): the term's.
    // Not a stock reached (`国内外航线累计达到60条`): that is the last year's.
    const termHeading = !next.annualAverage && !opening && TERM_AND_YEAR.test(ctx.heading) && !/累计(?:达到|达)[^，,。；;]*$/u.test(text.slice(0, ctx.outerEnd)) ? spanNamed(ctx.heading, base) : undefined;
    const span = next.annualAverage ? (spanNamed(before, base) ?? spanNamed(ctx.heading, base)) : opening ? spanNamed(text.slice(0, 12), base) : termHeading?.endsWith(base.period) ? termHeading : undefined;
    if (span) next.period = span;
  }
  return next;
}

/**
 * Whether the target list goes on after this paragraph: it ends in a list's lead
 * (`全县经济社会发展主要预期目标是：`), or it is an item of the list that ends in `；` (the last ends in `。`).
 */
export function continuesTargetList(text: string, inList: boolean): boolean {
  const trimmed = text.trim();
  if (new RegExp(`(?:${TARGET_LEAD.source})$`, 'u').test(trimmed)) return true;
  // `(2)落实…新增城镇就业5500人以上。`: numbered items go on whatever they end in.
  return inList && (/[；;，,]$/u.test(trimmed) || ITEM.test(trimmed));
}
const ITEM = /^[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]/u;

/**
 * `实现地区生产总值410.5亿元、增长7%` in a term review: a level with a change over one year is the
 * last year's, and so is the change.
 */
export function isAnnualChange(rawLabel: string): boolean {
  return ANNUAL_CHANGE.test(rawLabel);
}

/**
 * `规上工业增加值增长7.6%` with no level: a change of its own subject, compared with nothing named
 * (no `比2016年`, `年均`, `累计`, `五年`, a plan or a start): over one year.
 */
export function isOwnAnnualChange(rawLabel: string): boolean {
  return OWN_ANNUAL_CHANGE.test(rawLabel) && !/比|较|与|相比|年均|累计|累积|[两二三四五六七八九十]年|十[一二三四五]五|以来|期间|翻|从|由/u.test(rawLabel);
}
const OWN_ANNUAL_CHANGE = /(?:增长|增加|提高|下降|减少|降低|上涨|回落)(?:了|为|达到|达|约)?$/u;

/**
 * `一般公共预算收入突破10亿元,是2016年的2.1倍` in a term review of 2017-2021: measured against the
 * year before the term, the level is the term's last year's. Returns that base year.
 */
export function baseYearOfRatio(rawLabel: string): number | undefined {
  const match = /(?:是|为|相当于)((?:19|20)[0-9]{2})年(?:底|末)?的$/u.exec(rawLabel);
  return match ? Number(match[1]) : undefined;
}

/**
 * `完成年初预算245800万元的59.74%`, `完成…批准收入调整预算37.5亿元的104.3%`: the figure measured
 * against is the year's budget or plan, a target for the whole year.
 */
export function isBudgetBase(rawLabel: string, text: string, outerEnd: number): boolean {
  return /(?:预算|计划|目标|任务)数?$/u.test(rawLabel) && /^的[0-9.]+[%％]/u.test(text.slice(outerEnd));
}
