/**
 * A stored excerpt read as one part of a report of a known year: the plan part, for scoring target
 * reading on real texts whose page names no district (a city's or a province's targets, a
 * newspaper's digest of several districts), or the review part, for pairing with a newspaper's
 * summary of a review. The clean stage, then every line a paragraph of that one part, then the
 * ingest's own annotate stage. Identification and outline are not what is measured here.
 */
import { VFile } from 'vfile';
import type { Block, Place, Report } from '../model.ts';
import type { Knowledge } from '../ingest/knowledge.ts';
import { clean } from '../ingest/clean.ts';
import { annotate } from '../ingest/annotate.ts';

const nowhere = { name: '—', slug: 'x', nameEn: '—' };

export function planTextReport(text: string, planYear: number, knowledge: Knowledge, path: string): Report {
  return excerptReport(text, { role: 'plan', year: planYear }, knowledge, path);
}

/** `year` is the year delivered: a review part reviews `year - 1`, a plan part plans `year`. */
export function excerptReport(
  text: string,
  part: { role: 'plan' | 'review'; year: number; district?: Place; city?: Place; slug?: string },
  knowledge: Knowledge,
  path: string,
): Report {
  const planYear = part.year;
  const file = new VFile({ path, value: text });
  const { lines } = clean(text, file);
  const block: Block = {
    type: 'block',
    id: 's1',
    kind: 'part',
    role: part.role,
    marker: '',
    period: String(part.role === 'plan' ? planYear : planYear - 1),
    children: lines.map((line, i) => ({ type: 'paragraph', id: `s1-p${i + 1}`, text: line.text, spans: [], line: line.line })),
  };
  const data: Report['data'] = {
    slug: part.slug ?? 'excerpt',
    title: path,
    kind: 'government-work-report',
    coverage: 'year',
    district: part.district ?? nowhere,
    city: part.city ?? nowhere,
    province: nowhere,
    year: planYear,
    reviewPeriod: String(planYear - 1),
    planYear,
    provenance: {
      sourceFile: path,
      sha256: '0'.repeat(64),
      bytes: text.length,
      encoding: 'utf-8',
      convertedFromTraditional: false,
      removals: [],
      damage: [],
      overrides: [],
      facts: [],
    },
    outline: [],
    metrics: [],
    terms: [],
  };
  return annotate({ data, front: [], blocks: [block] }, { file, knowledge });
}
