/**
 * Period and role of a figure: first from the part it stands in (a review part states actuals for
 * the period reviewed, a plan part targets for the plan year), then from cue words before it in
 * its sentence (`预计` estimate; `预期目标`, `力争`, `确保` target; `上半年` half-year) and in its
 * clause (`累计` cumulative; `年均` annual average, over the plan period named in the sentence).
 */
import type { Block, MetricRole, ReportData } from '../../model.ts';

export interface Timing {
  period: string;
  role: MetricRole;
  cumulative?: boolean;
  annualAverage?: boolean;
  /**
   * Of a quarter or of months the model has no period for (`前三季度`, `一季度`, `1-11月`): such a
   * figure is left unannotated rather than dated to the year.
   */
  unplaced?: boolean;
}

type ReportTiming = Pick<ReportData, 'year' | 'reviewPeriod' | 'planYear'>;

/**
 * Words that make a figure a target. Not `预期转弱` (expectations weakening), `确保了` (done), nor
 * `争取到`, `争取上级资金`, `资金争取工作` (funds won from higher governments: a review's idiom for
 * money received; `积极向上争取`, `成功争取基金项目2个`), nor `占年计划投资的126.5%` (the plan as a measure), nor
 * `引进项目19个,计划投资总额达80亿元`, `项目个数、计划投资额分别增长46.2%、12.7%` (the projects' planned total, a size of
 * what was won).
 */
const targetCue =
  /预期目标|主要目标|发展目标[:：]|目标是|目标为|(?<!超|超出|高于|好于|符合|为|占|完成)预期(?!的|转弱|减弱|偏弱|不稳|走弱|转好|向好|管理|引导)|力争|确保(?!了)|(?<!资金|项目|成功|向上)争取(?!到|上级|各级|中央|国家|省|市级|资金|专项|政策|债券|衔接|落实|中省|工作|[^，,。；;]*?(?:资金|国债|债券|补助|补贴|奖补))|(?<![年度占])计划(?:新|完成|引进|招引|实施|建设|建成|开工|投资(?!总?额)|新增|筹措|改造|年内)/u;
/** A sentence opening on the aim: `2015年目标,`, `今年的主要目标:`. */
const TARGET_OPENING = /^[—\-\s]*(?:(?:19|20)[0-9]{2}年|今年|明年)?(?:的)?(?:主要)?(?:预期)?目标[,，:：]/u;
/** `预计`, and in a review `初步预测` (a forecast of the year just ending) and `预期实现` (expected to reach). */
const estimateCue = /预计/u;
const reviewEstimateCue = /初步预测|预期(?:实现|完成|达到|可达)/u;
/** The period a sentence's figures are of, where it names a part of the year: the last one named before the figure. */
const partOfYear = /(?<![较比与同])(?:上半年|下半年|全年|前三季度|前两季度|第?[一二三四]季度|1[-—–至](?:1[01]|[2-9])月)/gu;
/** Five-year plans by name, for `年均` figures. */
const fiveYearPlans: Record<string, string> = {
  九五: '1996-2000',
  十五: '2001-2005',
  十一五: '2006-2010',
  十二五: '2011-2015',
  十三五: '2016-2020',
  十四五: '2021-2025',
  十五五: '2026-2030',
};

/** `分别是“十二五”的1.1倍`: the plan period a multiple measures against, and the one after it. */
export function planAfterMultiple(rawLabel: string): string | undefined {
  const match = /(?:是|为|相当于)[“"]?(十[一二三四]?五|九五)[”"]?(?:时期|期间)?的?$/u.exec(rawLabel.trim());
  const before = match ? fiveYearPlans[match[1]!] : undefined;
  if (!before) return undefined;
  const first = Number(before.slice(-4)) + 1;
  return `${first}-${first + 4}`;
}

/**
 * What the block says by where it stands, before any cue word. `leading`: the block is a part
 * before any part the outline could place (a report whose review heading is not a numbered part,
 * `十二五时期和2015年工作回顾` over `一、转型升级有效推进`, or a news excerpt with no headings):
 * like the preamble, it speaks of the period under review.
 */
export function blockTiming(block: Pick<Block, 'role' | 'kind' | 'period'>, report: ReportTiming, leading = false): Timing {
  const review = report.reviewPeriod ?? String(report.year - 1);
  const plan = String(report.planYear ?? report.year);
  if (block.role === 'review') return { period: block.period ?? review, role: 'actual' };
  if (leading && block.role === 'other' && block.kind === 'part') return { period: block.period ?? review, role: 'actual' };
  if (block.role === 'plan') return { period: block.period ?? plan, role: 'target' };
  // Preamble, appendix (实事项目), closing and parts on the government's own work speak of the
  // year ahead, unless the outline dated the block to the period under review.
  if (block.period !== undefined && block.period === review) return { period: review, role: 'actual' };
  if (block.kind === 'preamble') return { period: block.period ?? review, role: 'actual' };
  return { period: block.period ?? plan, role: 'target' };
}

/**
 * The year a part's or a section's heading names for all its figures, where the block's own timing
 * says another: `一、2021年财政决算情况` in a half-year's budget report, `关于2020年财政预算执行情况`
 * under a misdated dateline, `二、2019 年经济和社会发展情况` after the plan's parts; and the half-year
 * a heading reviews (`一、关于2013年上半年工作`). Only a single past year, in a heading that plans
 * nothing and spans no term (`2021年和过去五年工作回顾` is left to its sentences).
 */
export function headingTiming(heading: string | undefined, base: Timing, planYear: number | undefined): Timing | undefined {
  if (!heading || isSpan(base.period)) return undefined;
  const title = heading.replace(/\s+/gu, '');
  const term = termHeading(title, base, planYear);
  if (term) return term;
  if (HEADING_PLANS.test(title) || /过去|以来|[两二三四五]年|十[一二三四五]五|届/u.test(title)) return undefined;
  const years = [...new Set([...title.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年/gu)].map((m) => m[1]))];
  if (years.length !== 1 || /(?:19|20)[0-9]{2}[—–\-~～至到](?:19|20)?[0-9]{2}/u.test(title)) return undefined;
  const year = years[0] ?? '';
  const half = new RegExp(`${year}年(上|下)半年`, 'u').exec(title);
  const period = half ? `${year}-H${half[1] === '上' ? 1 : 2}` : year;
  if (!half && planYear !== undefined && Number(year) >= planYear) return undefined;
  if (period === base.period && base.role === 'actual') return undefined;
  return { period, role: 'actual' };
}

/**
 * A heading that names one five-year plan and no year, where the block's own timing is the plan
 * year's targets: a term already over before the plan year is reviewed (`二、“十四五”·足迹:` in a
 * report planning 2026), a term from the plan year on is planned (`“十五五”时期主要目标`).
 */
function termHeading(title: string, base: Timing, planYear: number | undefined): Timing | undefined {
  if (base.role !== 'target' || planYear === undefined || /(?:19|20)[0-9]{2}年/u.test(title)) return undefined;
  const named = Object.keys(fiveYearPlans).filter((name) => new RegExp(planPattern(name), 'u').test(title));
  const span = named.length === 1 ? fiveYearPlans[named[0] ?? ''] : undefined;
  if (!span || planNamed(title) !== span) return undefined;
  if (Number(span.slice(-4)) < planYear) return { period: span, role: 'actual' };
  if (Number(span.slice(0, 4)) === planYear && HEADING_PLANS.test(title)) return { period: span, role: 'target' };
  return undefined;
}

/** A heading on work ahead (`2020年工作安排`, `主要目标任务`), not on work done (`计划执行情况`). */
const HEADING_PLANS = /任务|安排|总体要求|打算|目标|展望|计划(?!执行)|部署|思路|建议/u;

/**
 * @param sentence text from the sentence start (`。；`) to the figure
 * @param clause text from the clause start to the figure
 * @param term in a term review: the text from the full sentence start (`。`) to the figure and the
 *   year the report was delivered, for the year a sentence names once for all its `；`-parts
 */
export function figureTiming(base: Timing, sentence: string, clause: string, term?: { full: string; year: number }): Timing {
  const timing: Timing = { ...base };
  // `2015年目标,将预计实现地区生产总值增长8.5%`: a sentence opening on the aim is the plan's, whatever it expects.
  if (TARGET_OPENING.test(sentence)) timing.role = 'target';
  else if (leads(estimateCue, sentence, clause) || (base.role === 'actual' && leads(reviewEstimateCue, sentence, clause))) timing.role = 'estimate';
  else if (targetCue.test(sentence)) timing.role = 'target';
  const year = base.period.slice(0, 4);
  // `GDP增速从一季度3.3%、到上半年4.5%、再到前三季度4.9%,全年完成1368.6亿元`: each figure is of the
  // part of the year named last before it; `较上半年回升9.8个百分点` compares with the half-year.
  const part = [...sentence.matchAll(partOfYear)].at(-1)?.[0];
  if (part === '上半年' || (part && /^1.6月$/u.test(part))) timing.period = `${year}-H1`;
  else if (part === '下半年') timing.period = `${year}-H2`;
  else if (part && part !== '全年' && ofQuarter(sentence, clause)) timing.unplaced = true;
  else if (!part && term && term.full !== sentence && quarterOpens(term.full, sentence)) timing.unplaced = true;
  // `2016年实现地区生产总值1495亿元` in a five-year review: the year the sentence names.
  // A target the sentence's own words set may be dated years ahead (`报告明确了2022年…主要预期目标,即…`).
  const ahead = base.role === 'actual' && timing.role === 'target' ? { ...base, role: timing.role } : base;
  const stated = statedYear(sentence, ahead) ?? termYear(base, sentence, clause, term) ?? wholeYearInHalf(base, sentence, term);
  // `2021年全县完成一般公共预算收入…` in a half-year's report: a year named without 上半年 is the whole year.
  const ofHalf = /-H[12]$/u.test(timing.period) && (part === '上半年' || part === '下半年' || (part === undefined && stated === year));
  if (stated) timing.period = ofHalf ? `${stated}${timing.period.slice(4)}` : stated;
  // `2015年,全区生产总值520亿元` where the year ahead is planned: a year already past is an outcome.
  if (stated && base.role === 'target' && timing.role === 'target' && !targetCue.test(sentence) && Number(stated) < Number(base.period.slice(0, 4))) {
    timing.role = 'actual';
  }
  // `是“十一五”末的3.8倍,年均增长30.6%`: the end of a plan compared with is a base, not the span
  // (`十二五末,全区生产总值…,年均增长10.5%` is the span's end).
  const span = planNamed(sentence) ?? fiveYears(sentence, base, stated);
  // `五年增加1670亿元`: a change over the five years.
  if (span && FIVE_YEAR_CHANGE.test(clause)) timing.period = span;
  // `“十三五”…,共计完成财政总收入476亿元`: 共计 is a total only over a span the sentence names.
  const total = /累计|累积/u.exec(clause) ?? (span ? /共计|合计|总计|共(?=完成|实现|投入|引进|争取|新增|建成|实施)/u.exec(clause) : null);
  // `共计完成财政总收入476亿元、年均增长11.7%`: the growth after the total is an average, not a total.
  if (total && !/年均/u.test(clause.slice(total.index))) {
    timing.cumulative = true;
    // `“十二五”期间累计完成投资615亿元`, `五年累计新增就业23.7万个`: the total of the period.
    if (span) timing.period = span;
  }
  if (/年均/u.test(clause)) {
    timing.annualAverage = true;
    timing.period = span ?? sincePlanEnd(sentence) ?? sinceBase(term?.full ?? sentence, base) ?? (stated && isSpan(base.period) ? base.period : timing.period);
  }
  // `五年来,GDP年均增长6.1%` in the plan's words: a span that ended before the plan year is done.
  if (timing.role === 'target' && isSpan(timing.period) && Number(timing.period.slice(-4)) < Number(base.period.slice(0, 4))) {
    timing.role = 'actual';
  }
  // `到2017年底前…`, `到2020年,全区地区生产总值达到…`: the year named for the figure.
  const byYear = BY_YEAR.exec(clause);
  if (byYear) timing.period = byYear[1] ?? timing.period;
  // `力争“十四五”末新能源产业产值达到50亿元`: a level aimed at for a plan's end is its last year's.
  const byPlanEnd = byYear ? null : PLAN_END.exec(clause);
  const planEnd = byPlanEnd ? fiveYearPlans[byPlanEnd[1] ?? ''] : undefined;
  if (planEnd && timing.role === 'target' && !timing.annualAverage && !timing.cumulative && Number(planEnd.slice(-4)) > Number(base.period.slice(0, 4))) {
    timing.period = planEnd.slice(-4);
  }
  // `力争到2021年,地区生产总值年均增长9.1%,规上工业产值突破1000亿元,五年累计固定资产投资2000亿元`:
  // a target sentence opening on a year ahead reaches its levels by that year, its averages and
  // totals over the years from the plan's first to it.
  const opening = BY_YEAR_OPENING.exec(sentence);
  if (!byYear && opening && timing.role === 'target') {
    const by = Number(opening[1]);
    const first = base.role === 'target' ? Number(base.period.slice(0, 4)) : Number(base.period.slice(-4)) + 1;
    if (by > first) timing.period = timing.annualAverage || timing.cumulative ? `${first}-${by}` : String(by);
  }
  // `“十三五”时期,连平将奋勇争先,力争到2020年,全县生产总值达到147亿元,…;工业增加值达到83亿元,年均增长10%以上;…`:
  // an aim for a year ahead set after a short lead holds for the whole sentence, its `；`-parts too.
  const aim = !byYear && !(opening && timing.role === 'target') && term ? AIM_BY_YEAR.exec(term.full) : null;
  if (aim) {
    const by = Number(aim[1]);
    const first = base.role === 'target' ? Number(base.period.slice(0, 4)) : Number(base.period.slice(-4)) + 1;
    if (by > first) {
      timing.role = 'target';
      timing.period = timing.annualAverage || timing.cumulative ? `${first}-${by}` : String(by);
    }
  }
  // `地区生产总值由2010年的162.4亿元增加到…`: the figure is the base year's.
  // `由“十一五”末的55.8亿元增加到…`: the last year of the plan named.
  const baseYear = BASE_YEAR.exec(clause);
  const basePlan = BASE_PLAN_END.exec(clause);
  if (baseYear || basePlan) {
    timing.period = baseYear?.[1] ?? fiveYearPlans[basePlan?.[1] ?? '']?.slice(-4) ?? timing.period;
    timing.role = 'actual';
  }
  // `比上年同期144987万元增收1858万元`: the figure compared with is the year before's.
  if (LAST_YEAR_BASE.test(clause) && !isSpan(timing.period)) {
    timing.period = `${Number(timing.period.slice(0, 4)) - 1}${timing.period.slice(4)}`;
    timing.role = 'actual';
  }
  return timing;
}

/**
 * A quarter or a run of months named in the figure's own clause (`从一季度3.3%`, `克服了一季度下降8.4%`)
 * or opening its sentence (`前三季度,完成地区生产总值…;`, `1—7月份,本区完成…`), not a deadline or a
 * campaign elsewhere in the sentence (`一季度完成核准`, `“决战四季度、大干一百天”`).
 */
/**
 * `2019年前三季度,全区实现地区生产总值152.5亿元,同比增长6%;社会消费品零售总额53.8亿元…`: a quarter
 * opening the full sentence holds for its later `；`-parts that name no part of the year or year of their own.
 */
export function quarterOpens(full: string, sentence: string): boolean {
  return QUARTER_OPENING.test(full) && !/[；;]/u.test(full.slice(0, full.search(/[,，]/u))) && [...sentence.matchAll(partOfYear)].length === 0 && !/(?:19|20)[0-9]{2}年/u.test(sentence);
}
const QUARTER_OPENING = /^[—\-\s]*(?:(?:19|20)[0-9]{2}年)?(?:前三季度|前两季度|第?[一二三四]季度|1[-—–至](?:1[01]|[2-57-9])月份?)[,，]/u;

function ofQuarter(sentence: string, clause: string): boolean {
  const inClause = [...clause.matchAll(partOfYear)].at(-1)?.[0];
  if (inClause) return inClause !== '全年' && inClause !== '上半年' && inClause !== '下半年' && !/^1.6月$/u.test(inClause);
  return QUARTER_OPENING.test(sentence);
}

/**
 * A cue word for the figure: in its own clause, or before the sentence's first figure (`预计全年完成
 * 地区生产总值65.8亿元、增长11%,固定资产投资67.5亿元`), not one in the middle of the sentence's list
 * (`外贸进出口增长6.6%,实际使用外资预计1.3亿美元,存贷款余额增长16.82%`: only 外资 is estimated).
 */
function leads(cue: RegExp, sentence: string, clause: string): boolean {
  if (cue.test(clause)) return true;
  const at = sentence.search(cue);
  if (at < 0) return false;
  // The clauses before the cue's own (`61户规模以上工业企业预计完成…`: the count is its subject).
  let clauseStart = at;
  while (clauseStart > 0 && !/[，,、：:]/u.test(sentence[clauseStart - 1] ?? '')) clauseStart -= 1;
  const before = sentence.slice(0, clauseStart).replace(/(?:19|20)[0-9]{2}年|[0-9]{1,2}(?:[-—–至][0-9]{1,2})?月(?:份|底|末)?/gu, '');
  return !/[0-9０-９]/u.test(before);
}

/**
 * The five-year plan a text names as its time (`“十二五”期间`, `十二五末,全区…`), not one compared
 * with (`是“十一五”末的3.8倍`, `是“十一五”的3.1倍`) or counted from (`由“十一五”末的55.8亿元增加到…`).
 */
function planNamed(text: string): string | undefined {
  const plan = Object.keys(fiveYearPlans).find((name) =>
    new RegExp(`(?<!(?:是|比|较|与|同|相当于|由|从)[“"]?)${planPattern(name)}`, 'u').test(text),
  );
  return plan ? fiveYearPlans[plan] : undefined;
}

/**
 * A plan's name as written. `九五` and `十五` are also plain numbers (`第十五届`, `十五五`, `九五折`),
 * so they name a plan only in quotes or before 时期, 期间, 计划 or 规划.
 */
function planPattern(name: string): string {
  if (name.length === 3) return name;
  return `(?:[“"]${name}[”"]|(?<![一二三四五六七八九十第])${name}(?=时期|期间|计划|规划))`;
}

/**
 * The span a paragraph or a part heading names (`五年来,…`, `“十二五”发展成就`), for an average
 * or total whose own sentence names none.
 */
export function spanNamed(text: string, base: Timing): string | undefined {
  return planNamed(text) ?? fiveYears(text, base, undefined);
}

const LAST_YEAR_BASE = /(?:比|较|与)(?:上年|去年)同期$/u;

/**
 * In a term review, the year the full sentence names for all its parts (`2016年,地区生产总值…;一般
 * 公共预算收入…`), or `去年`, `全年`, `到年底`, `截至2016年末`: the last year of the term. Not for a
 * level counted up from another (`由5.05亿元增加到7.17亿元`), nor a total or an average (`累计下降24.1%`),
 * which span the term.
 */
function termYear(base: Timing, sentence: string, clause: string, term: { full: string; year: number } | undefined): string | undefined {
  if (!term || base.role !== 'actual' || !isSpan(base.period) || /由|从/u.test(sentence) || /累计|累积|年均/u.test(clause)) return undefined;
  const stated = statedYear(term.full, base);
  if (stated) return stated;
  const match = LAST_YEAR.exec(term.full);
  if (!match) return undefined;
  const last = Number(base.period.slice(-4));
  const plan = match[2] ? fiveYearPlans[match[2]] : undefined;
  const year = match[1] ? Number(match[1]) : plan ? Number(plan.slice(-4)) : match[0] === '去年' ? term.year - 1 : match[0] === '今年' ? term.year : last;
  return year >= Number(base.period.slice(0, 4)) && year <= last ? String(year) : undefined;
}

/**
 * In a half-year's report (`2022-H1`), a year before it that the full sentence names for all its
 * `；`-parts (`2021年完成地方一般公共预算收入20920万元,…;完成一般公共预算支出320628万元`): that
 * whole year, the accounts closed (决算), unless the sentence speaks of a half-year.
 */
function wholeYearInHalf(base: Timing, sentence: string, term: { full: string; year: number } | undefined): string | undefined {
  if (!term || !/-H[12]$/u.test(base.period) || /上半年|下半年/u.test(term.full)) return undefined;
  const stated = statedYear(term.full.slice(0, term.full.length - sentence.length), base);
  return stated !== undefined && Number(stated) < Number(base.period.slice(0, 4)) ? stated : undefined;
}

/**
 * Words that date a term review's figure to one year of the term: the year just ended, by its end
 * (`全年`, `截至11月底`), `去年` (not `去年同期`, a comparison), `今年` (the year delivered, in a report
 * delivered before the year is out) and the end of a plan (`十三五末`).
 */
const LAST_YEAR = /去年(?!同期)|今年|全年|(?:到|至|截至)(?:年底|年末)|(?:截至|截止)((?:19|20)[0-9]{2})年(?:底|末)?|(?:截至|截止)[0-9]{1,2}月(?:底|末)|[“"]?(十[一二三四五]五)[”"]?末/u;

/** A period of several years (`2012-2016`), not a year or a half-year. */
export const isSpan = (period: string) => /^[0-9]{4}-[0-9]{4}$/u.test(period);

/**
 * The year a sentence names for its figures (`2016年实现…`, `2016年,全区…`): the last one before
 * the figure that is not compared with (`比2010年`), a start (`2012年以来`), part of a span
 * (`2012—2016年`) or far from the report's own years (`1992年建区`).
 */
export function statedYear(sentence: string, base: Timing): string | undefined {
  const own = Number(base.period.slice(0, 4));
  const last = Number(base.period.slice(-4));
  let found: string | undefined;
  for (const match of sentence.matchAll(STATED_YEAR)) {
    const year = Number(match[1]);
    // An actual can only be of a year already reported (or the one just ending, in December).
    if (year < own - 6 || year > last + (base.role === 'actual' ? 1 : 5)) continue;
    const before = sentence.slice(0, match.index);
    const after = sentence.slice((match.index ?? 0) + match[0].length);
    if (NOT_OWN_BEFORE.test(before) || NOT_OWN_AFTER.test(after)) continue;
    found = match[1];
  }
  return found;
}

const STATED_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})年(?!度?[0-9])/gu;
/** Compared with, counted from or reached by: `比2010年`, `是2010年的1.6倍`, `由2010年的`, `到2020年`, `2012—`. */
const NOT_OWN_BEFORE = /(?:比|较|与|同|和|跟|由|从|自|到|至|截至|于|是|为|[—–\-~～])$/u;
/**
 * A start, a span or an occasion: `2012年以来`, `2016年底前`, `2010年相比`, `2012年至`, and a session's
 * dateline or the report's title run into the text (`2020年吴川市政府工作报告(全文) 政 府 工 作 报 告2020年5月19日在吴川市第十六届人民代表大会第六次会议工业增加值29.9亿元`).
 */
const NOT_OWN_AFTER = /^(?:以来|来|起|开始|以前|之前|前|以后|之后|后|相比|同期|水平|基础上|翻|的基础|至|到|[—–\-~～]|度?(?:的)?[0-9]|[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*在[^。，,；;]{2,40}?(?:会议|大会)|[^。，,；;《<“]{0,8}政府工作报告(?:[(（]全文[)）])?\s)/u;

/** A span of years before a figure or a change (`过去五年`, `三年来`): time, not a subject. */
export const YEARS_SPAN = '(?:过去|近|这)?[二三四五六七八九十两]年(?:来|间|中)?';
const FIVE_YEARS = /(?:过去|近|这|今后|未来)?五年(?:来|间|中|里)?/u;
const FIVE_YEAR_CHANGE = /五年(?:来|间|中|里)?(?:共|累计|累积|合计|总计)?(?:增加|新增|增长|提高|提升|减少|下降|翻|实施|完成|投资|投入|办理)/u;

/**
 * `过去五年`, `五年来`, `今后五年` with `年均`/`累计`: the five years reviewed, or planned, or those
 * ending in the year the sentence names (`2016年…,五年增加1670亿元`).
 */
function fiveYears(sentence: string, base: Timing, stated: string | undefined): string | undefined {
  const match = FIVE_YEARS.exec(sentence);
  if (!match) return undefined;
  const ahead = /今后|未来/u.test(match[0]);
  const behind = /过去|近|来/u.test(match[0]);
  if (ahead || (!behind && !stated && base.role === 'target')) {
    // `未来五年,…年均增长6.5%` in the review of 2025: the five years after the one reviewed.
    const first = base.role === 'target' ? Number(base.period.slice(0, 4)) : Number(base.period.slice(-4)) + 1;
    return `${first}-${first + 4}`;
  }
  // Five years behind a plan year end the year before it.
  const last = stated ? Number(stated) : base.role === 'target' ? Number(base.period.slice(0, 4)) - 1 : Number(base.period.slice(-4));
  return `${last - 4}-${last}`;
}

/** A target sentence opening on the year its figures are reached by: `力争到2021年,`, `主要发展目标是:力争到2026年,`. */
const AIM_BY_YEAR = /^[—\-\s]*(?:[^。；;:：]{0,24}[,，])?(?:力争|争取|努力|确保)(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?[,，]/u;
const BY_YEAR_OPENING = /^[—\-\s]*(?:[^，,:：]{0,12}(?:目标|任务)(?:是|为)?[:：])?(?:力争|争取|计划|预计|确保|努力)?(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?[,，]/u;
/**
 * `《报告》称,“十三五”时期,城关区投入扶贫资金21140.5万元,实现产业项目14个,…人均增收4170元` in a
 * year's review: a sentence set in the term that the year ends counts its work over the term. Returns
 * the term, for what the sentence counts (not a level it reaches: `森林覆盖率达75.88%`).
 */
export function termOfSentence(full: string, base: Timing): string | undefined {
  if (base.role !== 'actual' || isSpan(base.period)) return undefined;
  const opening = TERM_OPENING.exec(full);
  const span = opening ? fiveYearPlans[opening[1] ?? ''] : undefined;
  return span && span.endsWith(base.period.slice(0, 4)) ? span : undefined;
}
const TERM_OPENING = /^(?:[^，,。；;]{0,10}[，,:：])?[“"]?(十[一二三四五]五)[”"]?(?:时期|期间)[，,]/u;

/**
 * `预计2016年…生产总值达到562亿元,同2011年相比,年均增长9.3%;财政总收入…,年均增长16%`: an average
 * over the years since a base year the sentence compares with, to the year it names (or the period's).
 */
function sinceBase(full: string, base: Timing): string | undefined {
  const since = SINCE_BASE.exec(full);
  if (!since) return undefined;
  const first = Number(since[1]) + 1;
  const last = Number(statedYear(full, base) ?? base.period.slice(-4));
  return last > first && last - first <= 10 ? `${first}-${last}` : undefined;
}
const SINCE_BASE = /(?:同|与|比|较)((?:19|20)[0-9]{2})年(?:底|末)?(?:相比|比较)?[,，]?(?=[^。；;]*年均)/u;

/**
 * `由“十一五”末的55.8亿元增加到2015年的128.7亿元,年均增长12%`: an average over the years from the
 * plan's end to the year reached.
 */
function sincePlanEnd(sentence: string): string | undefined {
  const since = SINCE_PLAN_END.exec(sentence);
  const end = since ? fiveYearPlans[since[1] ?? ''] : undefined;
  if (!since || !end) return undefined;
  const first = Number(end.slice(-4)) + 1;
  const last = Number(since[2]);
  return last > first && last - first <= 10 ? `${first}-${last}` : undefined;
}
const SINCE_PLAN_END = /(?:由|从)[“"]?(十[一二三四五]五)[”"]?末[^。；;]*?(?:到|至)((?:19|20)[0-9]{2})年/u;

/** The end of a plan named in a clause (`“十四五”末`, `到十四五末`), not one compared with (`比“十三五”末`). */
const PLAN_END = /(?<!(?:是|比|较|与|同|相当于|由|从)[“"]?)[“"]?(十[一二三四五]五)[”"]?(?:期)?末/u;

/** A year the clause's figures are reached by: `到2017年底前`, `至2020年`. */
const BY_YEAR = /(?:^|[^0-9])(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?前?/u;
/** A base year right before its figure: `由2010年的`, `从2010年底的`. */
const BASE_YEAR = /(?:由|从)((?:19|20)[0-9]{2})年(?:底|末)?的?\s*$/u;
/** The end of a plan right before its figure: `由“十一五”末的`. */
const BASE_PLAN_END = /(?:由|从)[“"]?(十[一二三四五]五)[”"]?末的?\s*$/u;
