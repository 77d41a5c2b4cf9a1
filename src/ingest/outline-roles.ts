/**
 * What each part talks about, read from its heading and the report's identity: the period under
 * review (`2013年工作回顾`, `上半年工作回顾`, `过去五年`) or the year planned for
 * (`2014年工作的总体要求和主要任务`, `2025年主要任务`, `2015年重点工作`). A part with neither
 * signal that follows a plan part — typically the government's own work in the plan year,
 * `全面提升政府治理现代化水平` — is plan too. Preamble, closing and appendices are `other`.
 */
import type { Block, BlockRole, Identity } from '../model.ts';

const reviewWords = /回顾|总结|过去[一两二三四五]年|执行情况|完成情况/;
const planWords = /任务|工作安排|总体要求|打算|目标|展望|计划|部署/;
/** A year's work: done in the year reviewed (`2015年主要工作和“十二五”发展成就`), else planned (`重点工作`). */
const workWords = /重点工作|主要工作/;

export function roleOfHeading(title: string, identity: Identity): BlockRole | undefined {
  if (reviewWords.test(title)) return 'review';
  if (planWords.test(title)) return 'plan';
  if (identity.planYear !== undefined && title.includes(`${identity.planYear}年`)) return 'plan';
  const reviewYear = identity.reviewPeriod?.slice(0, 4);
  if (reviewYear && title.includes(`${reviewYear}年`)) return 'review';
  if (workWords.test(title)) return 'plan';
  return undefined;
}

/** Set `role` and `period` on every block, in place. */
export function assignRoles(blocks: Block[], identity: Identity): void {
  let previous: BlockRole = 'other';
  for (const block of blocks) {
    if (block.kind !== 'part') {
      block.role = 'other';
      continue;
    }
    const title = block.heading ? block.heading.text.slice(block.marker.length) : '';
    const role: BlockRole = roleOfHeading(title, identity) ?? (previous === 'plan' ? 'plan' : 'other');
    block.role = role;
    const period =
      role === 'review'
        ? identity.reviewPeriod
        : role === 'plan' && identity.planYear !== undefined
          ? String(identity.planYear)
          : undefined;
    if (period) block.period = period;
    else delete block.period;
    previous = role;
  }
}
