/**
 * Years and coverage from the part headings: `一、2013年工作回顾` reviews 2013,
 * `二、2014年主要任务` plans 2014, `一、上半年工作回顾` is a half-year report,
 * `一、过去五年工作回顾` a five-year review (at the first session of a new 人大).
 *
 * Real copies write the heading in more ways, all read here: without a part marker
 * (`2011年工作回顾`, `五年工作回顾`), with Arabic numbering and spaces (`2、2016 年工作回顾`), as
 * `第一部分 过去五年工作回顾`, with the year in Chinese numerals (`二○一七年`, `二〇一九年`, `二o一九年`).
 */
import type { Coverage, SourceLine } from '../model.ts';
import { excerpt, found, parseNumber, squeeze, YEAR, type Found } from './identify-text.ts';
import { matchBarePart } from './markers.ts';

export interface HeadingFacts {
  /** Year named in the review part's heading. */
  reviewYear?: Found<number>;
  /** Year named in the plan part's heading. */
  planYear?: Found<number>;
  /**
   * The plan heading names only the year's work (`一、2014年主要工作`), no task or target: done in a
   * year before the report's, planned in its own (identify.ts decides by the year delivered).
   */
  planByWorkOnly?: boolean;
  /** Coverage shown by the review heading (`上半年…回顾`, `五年…回顾`), absent for a plain year. */
  coverage?: Found<Coverage>;
  /** Years a term review covers (`过去四年工作回顾`: 4), when not five. */
  termYears?: number;
  /** A review of a plan period (`2020年及十三五工作回顾`: 2016–2020). */
  planPeriod?: Found<[number, number]>;
  /**
   * The review heading pairs a plan period with a year that cannot stand beside it
   * (`“十二五”发展成就及2019年工作回顾`): a copy whose years were replaced. `reviewYear` is then the
   * period's last year, and this is the year the copy wrote.
   */
  replacedYear?: number;
}

/** The five-year plans: `十三五` = 2016–2020. */
export const PLAN_PERIODS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
const PLAN_NAME = /十[一二三四五]五/;
const TERM_NAME = /^(?:过去|近)?[四五45]年/;

// `2022年主要工作和成效`, `2022年工作成效`: what was done, a review as much as `回顾`.
const REVIEW = /回顾|工作回忆|总结|执行情况|完成情况|本届政府期间|^过去[四五45]年|发展成就$|成效$|取得的成绩$|主要成绩$|(?:主要|辉煌|显著)成就$/;
const PLAN = /任务|工作|安排|要求|目标|打算|计划|思路/;
const YEAR_AT_START = new RegExp(`^(?:刚刚过去的|过去的)?(${YEAR})年(?!以来|来)`);
const PLAN_VERB_YEAR = new RegExp(`^(?:奋进|冲刺|决战|聚力|奋力|展望|启航|起航|逐梦|进军)(${YEAR})年`);
const YEAR_AFTER_PLAN = new RegExp(`[和及与](${YEAR})年`);
/** A part marker: `一、`. */
const PART_MARKER = /^[一二三四五六七八九十]{1,3}[、,，.．]/;
const MAX_HEADING = 40;

/** The title of a line that is a part heading (marker removed), or undefined. */
export function partHeadingTitle(text: string): string | undefined {
  const squeezed = squeeze(text);
  const marker = PART_MARKER.exec(squeezed);
  if (marker) return squeezed.length > MAX_HEADING ? undefined : squeezed.slice(marker[0].length);
  const bare = matchBarePart(text);
  return bare ? squeeze(bare.title) : undefined;
}

export function readHeadings(lines: readonly SourceLine[]): HeadingFacts {
  const facts: HeadingFacts = {};
  for (const line of lines) {
    // Long lines are paragraphs that happen to start with a numeral (appendix items).
    const title = partHeadingTitle(line.text);
    if (title === undefined) continue;
    // `“十四五”时期和2025年工作简要回顾`, `过去五年和2021年工作回顾`: the year may follow the period's name.
    const year = YEAR_AT_START.exec(title) ?? (PLAN_NAME.test(title) || TERM_NAME.test(title) ? YEAR_AFTER_PLAN.exec(title) : null);
    const evidence = excerpt(line);
    // `一、关于2013年上半年工作`: a half-year's part named without 回顾.
    if (!facts.coverage && /^(?:关于)?(?:[0-9]{4}年)?上半年(?:的)?(?:主要)?工作(?:情况|进展)?$/.test(title)) facts.coverage = found('half-year', line, evidence);
    if (REVIEW.test(title)) {
      // `过去四年`, `五年工作回顾`, not the `四年` of `二○一四年`; a term before a half-year it ends with;
      // the outgoing government by its term (`第十四届区政府工作回顾`, `2021年及十七届县人民政府工作回顾`).
      const term = /(?:过去|这|近)([四五45])年|^([四五45])年|本届|(?:^|[和及与暨])[区县市旗]?第?[一二三四五六七八九十]{1,3}届[区县市旗]?(?:人民)?政府/.exec(title);
      if (!facts.coverage && !term && /上半年/.test(title)) facts.coverage = found('half-year', line, evidence);
      const plan = PLAN_NAME.exec(title);
      if (!facts.coverage && term) {
        facts.coverage = found('five-year', line, evidence);
        if (/[四4]/.test(term[1] ?? term[2] ?? '')) facts.termYears = 4;
      }
      // `2015年及“十二五”工作回顾` names its year: the review is of that year, the plan period in
      // passing (its figures are mostly the year's). Only `“十二五”工作回顾` reviews the period.
      if (!facts.coverage && plan && !year) {
        const start = PLAN_PERIODS[plan[0]] ?? 0;
        facts.coverage = found('five-year', line, evidence);
        facts.planPeriod = found([start, start + 4], line, `${evidence} (${plan[0]} = ${start}–${start + 4})`);
      }
      const named = year ? parseNumber(year[1] ?? '') : undefined;
      const start = plan ? PLAN_PERIODS[plan[0]] : undefined;
      // The year reviewed beside a plan period is its last year (or, at a term's end, the next one).
      if (named !== undefined && start !== undefined && (named < start || named > start + 5) && !facts.reviewYear) {
        facts.reviewYear = found(start + 4, line, `${evidence} (${plan?.[0]} = ${start}–${start + 4}: ${named} cannot stand beside it)`);
        facts.replacedYear = named;
        // Its year replaced, the heading is left with the plan period it reviews.
        facts.coverage ??= found('five-year', line, `${evidence} (${plan?.[0]} reviewed)`);
      }
      if (named !== undefined && !facts.reviewYear) facts.reviewYear = found(named, line, evidence);
    } else if (year && PLAN.test(title) && !facts.planYear) {
      facts.planYear = found(parseNumber(year[1] ?? ''), line, evidence);
      if (!/任务|安排|要求|目标|打算|计划|思路/.test(title)) facts.planByWorkOnly = true;
    } else if (!facts.planYear) {
      // `二、奋进2023年:矢志赶超、开创新局`: the plan part named by a verb before its year.
      const ahead = PLAN_VERB_YEAR.exec(title);
      if (ahead) facts.planYear = found(parseNumber(ahead[1] ?? ''), line, evidence);
    }
  }
  if (facts.coverage?.value === 'five-year' && !facts.termYears) {
    const years = termYearsInText(lines);
    if (years) facts.termYears = years;
  }
  return facts;
}

/**
 * The year a term review starts from, where its opening names it (`2016年以来,面对…`, `2011 年换届以来,…`):
 * read in the few lines from the review's heading or lead (`from`, a line number) on.
 */
export function termStartInText(lines: readonly SourceLine[], from: number | undefined): number | undefined {
  if (from === undefined) return undefined;
  const start = lines.findIndex((line) => line.line === from);
  if (start < 0) return undefined;
  for (const line of lines.slice(start, start + 6)) {
    const opening = /(?:^|[。；;，,：:])(?:自|从)?((?:19|20)[0-9]{2})年(?:换届)?以来/.exec(squeeze(line.text));
    if (opening) return Number(opening[1]);
  }
  return undefined;
}

/** `本届政府以来的四年`, `过去四年`: a term of four years (some places held four-year terms). */
export function termYearsInText(lines: readonly SourceLine[]): number | undefined {
  for (const line of lines.slice(0, 40)) {
    const term = /(?:本届政府以来的|本届政府任期(?:内)?的|过去的?|这|以来的|(?:^|[。；;,，—])[—-]*)([三四五])年(?!级)/.exec(squeeze(line.text));
    if (term) return term[1] === '三' ? 3 : term[1] === '四' ? 4 : 5;
  }
  return undefined;
}
