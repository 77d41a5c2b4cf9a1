/**
 * Years and coverage from the part headings: `一、2013年工作回顾` reviews 2013,
 * `二、2014年主要任务` plans 2014, `一、上半年工作回顾` is a half-year report,
 * `一、过去五年工作回顾` a five-year review (at the first session of a new 人大).
 */
import type { Coverage, SourceLine } from '../model.ts';
import { excerpt, found, parseNumber, PART_HEADING, squeeze, YEAR, type Found } from './identify-text.ts';

export interface HeadingFacts {
  /** Year named in the review part's heading. */
  reviewYear?: Found<number>;
  /** Year named in the plan part's heading. */
  planYear?: Found<number>;
  /** Coverage shown by the review heading (`上半年…回顾`, `五年…回顾`), absent for a plain year. */
  coverage?: Found<Coverage>;
}

const REVIEW = /回顾|总结/;
const PLAN = /任务|工作|安排|要求|目标|打算|计划|思路/;
const YEAR_AT_START = new RegExp(`^(${YEAR})年`);

export function readHeadings(lines: readonly SourceLine[]): HeadingFacts {
  const facts: HeadingFacts = {};
  for (const line of lines) {
    const heading = PART_HEADING.exec(line.text);
    // Long lines are paragraphs that happen to start with a numeral (appendix items).
    if (!heading || squeeze(line.text).length > 40) continue;
    const title = squeeze(heading[1] ?? '');
    const year = YEAR_AT_START.exec(title);
    const evidence = excerpt(line);
    if (REVIEW.test(title)) {
      if (!facts.coverage && /上半年/.test(title)) facts.coverage = found('half-year', line, evidence);
      if (!facts.coverage && /五年/.test(title)) facts.coverage = found('five-year', line, evidence);
      if (year && !facts.reviewYear) facts.reviewYear = found(parseNumber(year[1] ?? ''), line, evidence);
    } else if (year && PLAN.test(title) && !facts.planYear) {
      facts.planYear = found(parseNumber(year[1] ?? ''), line, evidence);
    }
  }
  return facts;
}
