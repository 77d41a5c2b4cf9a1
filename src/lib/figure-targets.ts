/**
 * The report text's figures point at their own metric (`popovertarget="m2"`, as
 * src/render/report-html.ts writes them, from the file alone). Which note a figure opens depends on
 * the corpus (its own, its base figure's, or a note shared by plain figures: src/lib/metric-note.ts),
 * so each page settles it here, on the HTML of its text.
 */
import type { Metric, ReportData } from '../model.ts';
import { noteTarget, sharedFigures, type FigureNote } from './metric-note.ts';

const figureTarget = /(<button popovertarget=")([^"]+)(")/g;

export function pointFiguresAtNotes(html: string, report: Pick<ReportData, 'slug' | 'metrics'>, notes: ReadonlyMap<string, FigureNote>): string {
  const metrics = new Map<string, Metric>(report.metrics.map((m) => [m.id, m]));
  const expected = sharedFigures(report, notes);
  let next = 0;
  const out = html.replace(figureTarget, (_, open: string, id: string, close: string) => {
    const metric = metrics.get(id);
    if (!metric) throw new Error(`reports/${report.slug}: the text has a figure \`${id}\` that the report's metrics do not list.`);
    const target = noteTarget(notes, metric, report);
    if (target.shared) {
      // site.js finds the figure a shared note stands for by counting these buttons in text order.
      if (expected[next] !== target.figure) {
        throw new Error(`reports/${report.slug}: figures opening shared notes must come in text order (expected ${expected[next] ?? 'none'}, found ${target.figure}).`);
      }
      next++;
    }
    return `${open}${target.popover}${close}`;
  });
  if (next !== expected.length) throw new Error(`reports/${report.slug}: ${expected.length - next} figure(s) opening shared notes are missing from the text.`);
  return out;
}
