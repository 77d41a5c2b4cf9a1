/**
 * A report part with one paragraph, and the figures the metrics stage reads in it as short strings
 * (`text period role [indicator] [→ level]`): the scaffolding of the tests that quote real sentences
 * (test/ingest/metrics/real-periods*.test.ts).
 */
import type { Block, BlockRole, Indicator, Paragraph, Report, ReportData } from '../../src/model.ts';
import { extractMetrics } from '../../src/ingest/metrics/index.ts';

const place = (name: string) => ({ name, slug: 'x', nameEn: 'x' });

/** The identity a figure's period depends on: delivered `year`, reviewing `reviewPeriod`, planning `planYear`. */
export const reportData = (year: number, reviewPeriod: string, planYear = year, district = '某某区') =>
  ({ district: place(district), year, reviewPeriod, planYear }) as ReportData;
export const yearly = reportData(2020, '2019');
export const term = reportData(2017, '2012-2016');

export const paragraph = (text: string, id = 's1-p1'): Paragraph => ({ type: 'paragraph', id, text, spans: [], line: 1 });

export const part = (role: BlockRole, title: string, text: string, period?: string): Block => ({
  type: 'block',
  id: 's1',
  kind: 'part',
  role,
  marker: '一、',
  heading: { text: title, spans: [], line: 1 },
  ...(period ? { period } : {}),
  children: [paragraph(text)],
});

/** `text period role` of every figure, with its indicator when asked and `→ level` for a change that qualifies one. */
export function readFigures(indicators: Indicator[], data: ReportData, block: Block, options: { indicator?: boolean } = {}): string[] {
  const { metrics } = extractMetrics({ data, blocks: [block] } as Pick<Report, 'data' | 'blocks'>, indicators);
  return metrics.map((m) => {
    const level = m.growthOf ? ` → ${metrics.find((l) => l.id === m.growthOf)?.text}` : '';
    return `${m.text} ${m.period} ${m.role}${options.indicator && m.indicator ? ` ${m.indicator}` : ''}${level}`;
  });
}
