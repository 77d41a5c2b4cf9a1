/**
 * Retired ids on the report page: each id the report published and no longer has (its anchor
 * ledger, docs/anchors.md) stands just before the passage shown in its place, as an empty element
 * with that id. An old link scrolls there with no script, from disk too; CSS (`:target`) shows its
 * one-line notice (merged, split, removed) and marks the passage after it.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ReportData } from '../model.ts';
import { t } from './i18n.ts';

type Retired = NonNullable<ReportData['anchors']>['retired'][number];

const notice: Record<Retired['reason'], string> = {
  merged: t('retiredMerged'),
  split: t('retiredSplit'),
  removed: t('retiredRemoved'),
};

export function insertRetiredAnchors(html: string, report: Pick<ReportData, 'slug' | 'anchors'>): string {
  const byTarget = new Map<string, Retired[]>();
  for (const r of report.anchors?.retired ?? []) byTarget.set(r.to, [...(byTarget.get(r.to) ?? []), r]);
  let out = html;
  for (const [to, retired] of byTarget) {
    const opening = new RegExp(`<(p|h[2-4]) id="${to.replace(/[-]/g, '\\-')}"[ >]`);
    const at = opening.exec(out)?.index;
    if (at === undefined) throw new Error(`reports/${report.slug}: retired ids (${retired.map((r) => r.id).join(', ')}) land on \`${to}\`, which the text does not have.`);
    const marks = h(
      'div',
      { className: ['retired-anchors'], dataPagefindIgnore: true },
      retired.map((r) => h('span', { id: r.id, className: ['retired-anchor'], dataRetired: r.reason }, [h('span', { className: ['retired-note'], role: 'note' }, notice[r.reason])])),
    );
    out = `${out.slice(0, at)}${toHtml(marks)}${out.slice(at)}`;
  }
  return out;
}
