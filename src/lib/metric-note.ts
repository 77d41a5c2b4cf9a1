/**
 * What the note of a figure says: the indicator, the value in full (`1,095亿元 = ¥109.5 billion`),
 * period and role, growth, and where to compare it. The page carries the Chinese and the links;
 * the English value, the indicator's English name and definition and the label of a figure
 * without an indicator come from the report's notes script (notes-data.ts) when a note opens. One note per figure, except that a growth figure standing
 * in the same paragraph as the figure it belongs to (`1095亿元,增长8%`) opens that figure's note,
 * which states the growth too: the page stays light.
 */
import type { Metric, ReportData } from '../model.ts';
import { growthZh, metricEn, metricZh, periodZh } from './format.ts';
import { metricRoleLabel, t } from './i18n.ts';
import type { SiteData } from './site-data.ts';
import { paths, type SitePath } from './urls.ts';
import { reportDistrictKey } from './site-data.ts';

export interface MetricNote {
  /** The indicator's name (`地区生产总值`, `地区生产总值的增长`), or '' when the figure has none. */
  nameZh: string;
  /** The indicator's id, when known. */
  indicator?: string;
  /** For a figure without an indicator: the words before it in the text (`新增就业岗位`). */
  label?: string;
  valueZh: string;
  /** `valueZh` reads as the figure in the text, digit grouping aside (`1,095亿元` for `1095亿元`): the page need not repeat it. */
  valueAsWritten: boolean;
  valueEn: string;
  /** `2013年`, `实际`, `累计`, `年均`. */
  facts: string[];
  /** `增长+8.8%`. */
  growth?: string;
  indicatorPage?: SitePath;
  districtPage?: { path: SitePath; hash: string; label: string };
}

/** The figure this one's base is, when it is a growth figure stated beside its base. */
function baseOf(metric: Metric, report: Pick<ReportData, 'metrics'>): Metric | undefined {
  return metric.growthOf ? report.metrics.find((m) => m.id === metric.growthOf) : undefined;
}

/** A figure without its digit grouping (`1,095亿元` → `1095亿元`): grouping alone is no news to a reader of the text. */
const ungrouped = (figure: string): string => figure.replace(/(?<=\d),(?=\d{3})/g, '');

/** The id of the figure whose note `metric` opens: its own, or its base's when they share a paragraph. */
export function noteOwner(metric: Metric, report: Pick<ReportData, 'metrics'>): string {
  const base = baseOf(metric, report);
  return base && base.anchor === metric.anchor ? base.id : metric.id;
}

/** The id of the note element of figure `metricId`: the figure's own id (`m3`), which print shows as its footnote mark. */
export const noteId = (metricId: string): string => metricId;

export function metricNote(metric: Metric, report: ReportData, data: Pick<SiteData, 'indicator' | 'districtIndicators'>): MetricNote {
  const base = baseOf(metric, report);
  const indicatorId = metric.indicator ?? base?.indicator;
  const indicator = indicatorId ? data.indicator(indicatorId) : undefined;
  const facts = [periodZh(metric.period), metricRoleLabel[metric.role].zh];
  if (metric.cumulative) facts.push('累计');
  if (metric.annualAverage) facts.push('年均');
  const key = reportDistrictKey(report);
  const headline = indicator && data.districtIndicators(key).some((i) => i.id === indicator.id);
  const label = metric.label ?? base?.label;
  return {
    nameZh: indicator ? (base ? `${indicator.label}的增长` : indicator.label) : '',
    indicator: indicator?.id,
    label: indicator ? undefined : label && (base ? `${label}的增长` : label),
    valueZh: metricZh(metric),
    valueAsWritten: ungrouped(metricZh(metric)) === ungrouped(metric.text),
    valueEn: metricEn(metric),
    facts,
    growth: metric.growth !== undefined ? `${t('growth')}${growthZh(metric.growth, metric.growthUnit)}` : undefined,
    indicatorPage: indicator ? paths.indicator(indicator.id) : undefined,
    districtPage: headline ? { path: paths.district(key), hash: indicator.id, label: `${report.district.name}${t('noteDistrictSeries')}` } : undefined,
  };
}

/**
 * A note that says, without script, nothing the text does not beyond period and role: no
 * indicator, no growth, no series to link. Its value differs from the text at most in form
 * (`2286名` → `2,286名`). Such figures share one note per period and role (`2014年 实际`); site.js
 * fills it with the opened figure's own label and value in full. Sharing keeps figure-dense
 * pages within their weight budget (issue 7).
 */
export function isPlain(note: MetricNote): boolean {
  return !note.indicatorPage && !note.districtPage && !note.growth;
}

/** The id of the note shared by plain figures of one period and role: `f-2014-actual`, `f-2011-2015-target-c`. */
export function sharedNoteId(metric: Pick<Metric, 'period' | 'role' | 'cumulative' | 'annualAverage'>): string {
  return `f-${metric.period}-${metric.role}${metric.cumulative ? '-c' : ''}${metric.annualAverage ? '-a' : ''}`;
}

export interface FigureNote {
  /** The figure that owns the note (`m3`). */
  id: string;
  note: MetricNote;
  /** The shared note this figure opens, when its note is plain. */
  shared?: string;
}

/** Every figure that owns a note, in text order, with the shared note it opens where its note is plain. */
export function reportNotes(report: ReportData, data: Pick<SiteData, 'indicator' | 'districtIndicators'>): FigureNote[] {
  return report.metrics
    .filter((m) => noteOwner(m, report) === m.id)
    .map((m) => {
      const note = metricNote(m, report, data);
      return isPlain(note) ? { id: m.id, note, shared: sharedNoteId(m) } : { id: m.id, note };
    });
}

/** The popover a figure's button opens (its own note, its base's, or a shared one) and whose figure it shows. */
export function noteTarget(notes: ReadonlyMap<string, FigureNote>, metric: Metric, report: Pick<ReportData, 'metrics'>): { popover: string; shared?: string; figure: string } {
  const owner = noteOwner(metric, report);
  const shared = notes.get(owner)?.shared;
  return shared ? { popover: shared, shared, figure: owner } : { popover: noteId(owner), figure: owner };
}

/**
 * The figure each button that opens a shared note stands for, in text order: the page does not name
 * it (no per-figure attribute: the page stays light); the notes script carries this list and site.js
 * counts the shared-note buttons in the text. Metric.astro checks at build time that the text renders
 * them in this order.
 */
export function sharedFigures(report: Pick<ReportData, 'metrics'>, notes: ReadonlyMap<string, FigureNote>): string[] {
  return report.metrics.flatMap((m) => {
    const target = noteTarget(notes, m, report);
    return target.shared ? [target.figure] : [];
  });
}
