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
}

type ReportTiming = Pick<ReportData, 'year' | 'reviewPeriod' | 'planYear'>;

const targetCue = /预期目标|主要目标|目标是|目标为|(?<!超|超出|高于|好于|符合)预期|力争|确保|争取|计划(?:新|完成|引进|实施|建设|开工|投资|新增|筹措|改造)/u;
const estimateCue = /预计/u;
/** Five-year plans by name, for `年均` figures. */
const fiveYearPlans: Record<string, string> = {
  十一五: '2006-2010',
  十二五: '2011-2015',
  十三五: '2016-2020',
  十四五: '2021-2025',
  十五五: '2026-2030',
};

/** What the block says by where it stands, before any cue word. */
export function blockTiming(block: Pick<Block, 'role' | 'kind' | 'period'>, report: ReportTiming): Timing {
  const review = report.reviewPeriod ?? String(report.year - 1);
  const plan = String(report.planYear ?? report.year);
  if (block.role === 'review') return { period: block.period ?? review, role: 'actual' };
  if (block.role === 'plan') return { period: block.period ?? plan, role: 'target' };
  // Preamble, appendix (实事项目), closing and parts on the government's own work speak of the
  // year ahead, unless the outline dated the block to the period under review.
  if (block.period !== undefined && block.period === review) return { period: review, role: 'actual' };
  if (block.kind === 'preamble') return { period: block.period ?? review, role: 'actual' };
  return { period: block.period ?? plan, role: 'target' };
}

/**
 * @param sentence text from the sentence start to the figure
 * @param clause text from the clause start to the figure
 */
export function figureTiming(base: Timing, sentence: string, clause: string): Timing {
  const timing: Timing = { ...base };
  if (estimateCue.test(sentence)) timing.role = 'estimate';
  else if (targetCue.test(sentence)) timing.role = 'target';
  const year = base.period.slice(0, 4);
  if (/上半年/u.test(sentence)) timing.period = `${year}-H1`;
  else if (/下半年/u.test(sentence)) timing.period = `${year}-H2`;
  const plan = Object.keys(fiveYearPlans).find((name) => sentence.includes(name));
  if (/累计|累积/u.test(clause)) {
    timing.cumulative = true;
    // `“十二五”期间累计完成投资615亿元`: the total of the plan period.
    if (plan) timing.period = fiveYearPlans[plan] ?? timing.period;
  }
  if (/年均/u.test(clause)) {
    timing.annualAverage = true;
    if (plan) timing.period = fiveYearPlans[plan] ?? timing.period;
  }
  // `到2017年底前…`, `到2020年,全区地区生产总值达到…`: the year named for the figure.
  const byYear = BY_YEAR.exec(clause);
  if (byYear) timing.period = byYear[1] ?? timing.period;
  // `地区生产总值由2010年的162.4亿元增加到…`: the figure is the base year's.
  const baseYear = BASE_YEAR.exec(clause);
  if (baseYear) {
    timing.period = baseYear[1] ?? timing.period;
    timing.role = 'actual';
  }
  return timing;
}

/** A year the clause's figures are reached by: `到2017年底前`, `至2020年`. */
const BY_YEAR = /(?:^|[^0-9])(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?前?/u;
/** A base year right before its figure: `由2010年的`, `从2010年底的`. */
const BASE_YEAR = /(?:由|从)((?:19|20)[0-9]{2})年(?:底|末)?的?$/u;
