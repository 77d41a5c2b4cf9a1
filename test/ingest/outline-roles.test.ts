/** What a part talks about, from its heading: the period reviewed or the year planned. */
import { expect, test } from 'vitest';
import type { Identity } from '../../src/model.ts';
import { roleOfHeading } from '../../src/ingest/outline-roles.ts';

const identity = { year: 2022, reviewPeriod: '2021', planYear: 2022 } as Identity;

test.each([
  ['2021年工作回顾', 'review'],
  ['过去五年工作回顾', 'review'],
  // A plan-execution report's first part reviews the year, though it names the plan.
  ['2021年国民经济和社会发展计划执行情况', 'review'],
  ['2021年预算执行情况', 'review'],
  ['2022年国民经济和社会发展计划草案', 'plan'],
  ['2022年工作安排', 'plan'],
  ['加强政府自身建设', undefined],
  // A year's main work is the year reviewed when the heading names it (real corpus r771), else planned.
  ['2021年主要工作和“十四五”开局成就', 'review'],
  ['2022年重点工作', 'plan'],
  ['今年的主要工作', 'plan'],
])('%s → %s', (heading, role) => {
  expect(roleOfHeading(heading, identity)).toBe(role);
});
