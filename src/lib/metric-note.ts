/**
 * What the note of a figure says: the indicator in Chinese and English, the value in full
 * (`1,095亿元 = ¥109.5 billion`), period and role, growth, and where to compare it.
 */
import type { Metric, ReportData } from '../model.ts';
import { growthZh, metricEn, metricZh, periodZh } from './format.ts';
import { metricRoleLabel, t } from './i18n.ts';
import type { SiteData } from './site-data.ts';
import { paths, type SitePath } from './urls.ts';
import { reportDistrictKey } from './site-data.ts';

export interface MetricNote {
  nameZh: string;
  nameEn?: string;
  valueZh: string;
  valueEn: string;
  /** `2013年 (2013)`, `实际 actual`, `累计`, `年均`. */
  facts: string[];
  growth?: string;
  indicatorPage?: { path: SitePath; label: string };
  districtPage?: { path: SitePath; hash: string; label: string };
}

export function metricNote(metric: Metric, report: ReportData, data: Pick<SiteData, 'indicator' | 'districtIndicators'>): MetricNote {
  const base = metric.growthOf ? report.metrics.find((m) => m.id === metric.growthOf) : undefined;
  const indicatorId = metric.indicator ?? base?.indicator;
  const indicator = indicatorId ? data.indicator(indicatorId) : undefined;
  const role = metricRoleLabel[metric.role];
  const facts = [periodZh(metric.period), `${role.zh} ${role.en}`];
  if (metric.cumulative) facts.push('累计 (cumulative)');
  if (metric.annualAverage) facts.push('年均 (annual average)');
  const key = reportDistrictKey(report);
  const headline = indicator && data.districtIndicators(key).some((i) => i.id === indicator.id);
  const nameZh = indicator?.label ?? metric.label ?? base?.label ?? '数值';
  return {
    nameZh: base ? `${nameZh}的增长` : nameZh,
    nameEn: indicator ? (base ? `${indicator.nameEn}, change` : indicator.nameEn) : undefined,
    valueZh: metricZh(metric),
    valueEn: metricEn(metric),
    facts,
    growth:
      metric.growth !== undefined
        ? `${t('growth')} ${growthZh(metric.growth, metric.growthUnit)}`
        : undefined,
    indicatorPage: indicator ? { path: paths.indicator(indicator.id), label: `${t('noteIndicatorPage')}` } : undefined,
    districtPage: headline ? { path: paths.district(key), hash: indicator.id, label: `${report.district.name}${t('noteDistrictSeries')}` } : undefined,
  };
}
