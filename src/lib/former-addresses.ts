/**
 * The slugs reports had before (from their anchor ledgers, `anchors.formerSlugs`), each to get a
 * page that sends the reader to the report's current address. A former slug that is now another
 * report's current slug belongs to that report; one claimed by two reports goes to the first in
 * slug order.
 */
import type { ReportData } from '../model.ts';

export function formerAddresses<R extends Pick<ReportData, 'slug' | 'anchors'>>(reports: readonly R[]): Array<{ slug: string; report: R }> {
  const live = new Set(reports.map((r) => r.slug));
  const taken = new Set<string>();
  const out: Array<{ slug: string; report: R }> = [];
  for (const report of [...reports].sort((a, b) => a.slug.localeCompare(b.slug))) {
    for (const slug of report.anchors?.formerSlugs ?? []) {
      if (live.has(slug) || taken.has(slug)) continue;
      taken.add(slug);
      out.push({ slug, report });
    }
  }
  return out;
}
