/**
 * Annotate the report's text: damaged spans, metrics and glossary terms. Each finder is its own
 * module; this stage only merges their spans. Where spans overlap, damage wins over a metric and a
 * metric over a term, so a damaged figure is shown as damaged and never read as a number.
 */
import type { VFile } from 'vfile';
import type { Report, Span } from '../model.ts';
import type { Knowledge } from './knowledge.ts';
import { findDamage } from './damage.ts';
import { extractMetrics, ownUnitOf } from './metrics/index.ts';
import { buildIndicatorIndex } from './metrics/labels.ts';
import { extractTargets } from './metrics/targets.ts';
import { findTerms } from './terms.ts';
import { textSites } from './walk.ts';

const priority: Record<Span['type'], number> = { damage: 0, metric: 1, term: 2 };

export function annotate(report: Report, ctx: { file: VFile; knowledge: Knowledge }): Report {
  for (const site of textSites(report)) {
    site.rich.spans = findDamage(site.rich.text).map(({ start, end, kind }) => ({
      type: 'damage' as const,
      start,
      end,
      kind,
    }));
  }
  const metrics = extractMetrics(report, ctx.knowledge.indicators);
  const terms = findTerms(report, ctx.knowledge.glossary);
  for (const site of textSites(report)) {
    const candidates = [
      ...site.rich.spans,
      ...(metrics.spans.get(site.anchor) ?? []),
      ...(terms.spans.get(site.anchor) ?? []),
    ];
    site.rich.spans = mergeSpans(candidates);
  }
  // A metric whose span lost to damage is not kept: a figure the reader cannot see is not data.
  const shown = new Set(
    [...textSites(report)].flatMap((s) =>
      s.rich.spans.flatMap((span) => (span.type === 'metric' ? [span.metricId] : [])),
    ),
  );
  const shownTerms = new Set(
    [...textSites(report)].flatMap((s) =>
      s.rich.spans.flatMap((span) => (span.type === 'term' ? [span.termId] : [])),
    ),
  );
  report.data.metrics = metrics.metrics.filter((m) => shown.has(m.id));
  report.data.terms = terms.terms.filter((t) => shownTerms.has(t));
  report.data.targets = extractTargets(report, buildIndicatorIndex(ctx.knowledge.indicators, ownUnitOf(report.data.district.name), report.data.district.name));
  return report;
}

/** Keep non-overlapping spans, preferring higher priority, then earlier, then longer. */
export function mergeSpans(spans: Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) =>
      priority[a.type] - priority[b.type] || a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const kept: Span[] = [];
  for (const span of ranked) {
    if (span.end <= span.start) continue;
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
