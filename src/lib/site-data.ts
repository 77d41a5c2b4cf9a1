/**
 * Everything the pages show about more than one report, computed once from the collection:
 * reports by district, city and year, neighbours of a report, observations of each indicator and
 * the series drawn in charts. Pure: the caller hands in the reports and the curated data
 * (see `collections.ts` for the build-time instance). Pages only render what this returns.
 */
import type { GlossaryTerm, Indicator, Metric, MetricRole, Period, Place, ReportData } from '../model.ts';
import { periodPosition } from './format.ts';
import { districtKey } from './urls.ts';
import { pairTargets, type PairAmbiguity, type TargetPair } from './target-pairs.ts';

/** One figure the reports state for an indicator. */
export interface Observation {
  indicator: Indicator;
  report: ReportData;
  metric: Metric;
  districtKey: string;
  /** The figure is the indicator's level (`1095亿元`), not only its change (`增长8%`). */
  level: boolean;
}

export interface SeriesPoint {
  period: Period;
  /** Position on a time axis (`2014.25` for the first half of 2014). */
  position: number;
  value: number;
  role: MetricRole;
  observation: Observation;
}

export interface DistrictEntry {
  key: string;
  district: Place;
  city: Place;
  province: Place;
  /** In time order, earliest first. */
  reports: ReportData[];
}

export interface CityEntry {
  city: Place;
  province: Place;
  districts: DistrictEntry[];
}

export interface YearEntry {
  year: number;
  reports: ReportData[];
}

export interface Neighbours {
  previous?: ReportData;
  next?: ReportData;
  /**
   * The same city's other districts' reports of the same year, at most `sameYearShown`, so that a
   * report page does not grow with the corpus. Other cities' are not named (any few of them would
   * be an arbitrary pick); the year page lists them all.
   */
  sameYear: ReportData[];
  /** How many other districts' reports that year has in all (the year page lists them). */
  sameYearTotal: number;
}

/** How many same-year reports a report page names. */
export const sameYearShown = 6;

/** How many districts an indicator page names (the year pages name them all). */
export const indicatorDistrictsShown = 24;

export interface KeyFigures {
  /** One figure per headline indicator for the period under review (actual or estimate). */
  review: Observation[];
  /** One figure per headline indicator for the year planned (targets). */
  plan: Observation[];
}

/**
 * An indicator in the reports delivered in one year: what `indicators/<id>/<year>.html` lists and
 * one row of the indicator page's table by year. Bounded by the districts reporting that year.
 */
export interface IndicatorYear {
  /** The year the reports were delivered (as on the year pages), not the period of the figures. */
  year: number;
  /** Every observation from that year's reports, by district (city, district), then period, then report. */
  observations: Observation[];
  /** How many districts' reports state the indicator that year. */
  districts: number;
  /** How many reports state it that year. */
  reports: number;
  /** The levels stated for the period the reports review, when there are any and they share one unit. */
  levels?: LevelSummary;
}

/** The levels that one year's reports state for the period they review: one per district. */
export interface LevelSummary {
  /** The annual period most of them review (`2013` for reports delivered in 2014). */
  period: Period;
  /** The one base unit they share (`元`, `%`, `人`). */
  baseUnit: string;
  /** How many districts (one level each). */
  count: number;
  median: number;
  low: Observation;
  high: Observation;
}

/** A district stating an indicator, for the indicator page's short list. */
export interface IndicatorDistrict {
  key: string;
  /** In how many years' reports the district states it. */
  years: number;
}

/** Headline indicators of reports delivered in one year, side by side for one review period. */
export interface Comparison {
  period: Period;
  indicators: Indicator[];
  rows: Array<{ report: ReportData; cells: Map<string, Observation> }>;
}

/** A city as another city's page links it. */
export interface CityLink {
  slug: string;
  name: string;
}

/**
 * What a city shard (src/lib/shard.ts) knows of the whole corpus besides its own cities' reports:
 * all its pages read of the others.
 */
export interface CorpusOutline {
  /** How many reports each year has (a report page counts the year's other districts). */
  years: ReadonlyMap<number, number>;
  /** Every city, in the site's order (a city page links the others). */
  cities: readonly CityLink[];
}

export interface SiteData {
  reports: ReportData[];
  report(slug: string): ReportData | undefined;
  districts: DistrictEntry[];
  district(key: string): DistrictEntry | undefined;
  cities: CityEntry[];
  city(slug: string): CityEntry | undefined;
  /** Every city of the corpus, in the order of `cities` (in a city shard, the outline's). */
  cityLinks: readonly CityLink[];
  /** Latest year first. */
  years: YearEntry[];
  latest(count: number): ReportData[];
  indicators: Indicator[];
  indicator(id: string): Indicator | undefined;
  headline: Indicator[];
  glossaryTerm(id: string): GlossaryTerm | undefined;
  observations(indicatorId: string): Observation[];
  districtObservations(key: string, indicatorId: string): Observation[];
  /** Headline indicators with at least one observation in the district. */
  districtIndicators(key: string): Indicator[];
  /** The chart series of an indicator in a district: annual levels only, one point per year. */
  series(key: string, indicatorId: string): SeriesPoint[];
  neighbours(slug: string): Neighbours;
  keyFigures(slug: string): KeyFigures;
  comparisons(year: number): Comparison[];
  /** The indicator by the year its reports were delivered, earliest first (see `groupObservationsByYear`). */
  indicatorYears(indicatorId: string): IndicatorYear[];
  /** The districts stating the indicator, the longest record first (see `rankDistricts`). */
  indicatorDistricts(indicatorId: string): IndicatorDistrict[];
  /** Every target with its outcome (src/lib/target-pairs.ts), district by district, in time order. */
  targetPairs: TargetPair[];
  /** Two outcomes or a unit mismatch, not judged (also listed by `npm run ingest`). */
  pairAmbiguities: PairAmbiguity[];
  /** The previous plan's targets against this report's outcomes: what this report reviews. */
  reviewedTargets(slug: string): TargetPair[];
  /** A district's pairs, by the period targeted. */
  districtTargets(key: string): TargetPair[];
  /** An indicator's pairs across districts that have both a target and an outcome or a verdict. */
  indicatorTargets(indicatorId: string): TargetPair[];
}

export function reportDistrictKey(report: Pick<ReportData, 'city' | 'district'>): string {
  return districtKey(report.city.slug, report.district.slug);
}

const kindOrder = [
  'government-work-report',
  'party-committee-report',
  'party-congress-report',
  'party-plenary-report',
  'plan-execution-report',
  'budget-report',
  'other',
];

/** Time order within a district: year, date, kind, slug. */
export function compareReports(a: ReportData, b: ReportData): number {
  return (
    a.year - b.year ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    a.slug.localeCompare(b.slug)
  );
}

const zh = new Intl.Collator('zh-CN');

/** Order of observations in a table: city, district, period, report. */
export function compareObservations(a: Observation, b: Observation): number {
  return (
    zh.compare(a.report.city.name, b.report.city.name) ||
    zh.compare(a.report.district.name, b.report.district.name) ||
    periodPosition(a.metric.period) - periodPosition(b.metric.period) ||
    compareReports(a.report, b.report)
  );
}

const rolePreference: Record<MetricRole, number> = { actual: 0, estimate: 1, target: 2 };

/** `a` is the better figure of one period: an actual beats an estimate; among equals the later report (revised figures). */
function preferred(a: Observation, b: Observation): boolean {
  return (
    rolePreference[a.metric.role] < rolePreference[b.metric.role] ||
    (a.metric.role === b.metric.role && compareReports(a.report, b.report) > 0)
  );
}

/** An annual level that can stand beside another district's: no target, no five-year sum or average. */
function isAnnualLevel(o: Observation): boolean {
  return o.level && o.metric.role !== 'target' && !o.metric.cumulative && !o.metric.annualAverage && /^\d{4}$/.test(o.metric.period);
}

/**
 * The levels a year's reports state for the period they review, one per district (the preferred
 * figure), summarized as median and range. None when no report states such a level, or when the
 * levels are not in one unit (yuan beside dollars): a median across units would mean nothing.
 */
export function summarizeLevels(observations: readonly Observation[]): LevelSummary | undefined {
  const reviewed = observations.filter((o) => isAnnualLevel(o) && o.metric.period === o.report.reviewPeriod);
  const byPeriod = new Map<Period, number>();
  for (const o of reviewed) byPeriod.set(o.metric.period, (byPeriod.get(o.metric.period) ?? 0) + 1);
  // The period most reports review; a tie goes to the later period.
  const period = [...byPeriod].sort((a, b) => b[1] - a[1] || periodPosition(b[0]) - periodPosition(a[0]))[0]?.[0];
  if (period === undefined) return undefined;
  const best = new Map<string, Observation>();
  for (const o of reviewed) {
    if (o.metric.period !== period) continue;
    const current = best.get(o.districtKey);
    if (!current || preferred(o, current)) best.set(o.districtKey, o);
  }
  const levels = [...best.values()].sort((a, b) => a.metric.value - b.metric.value || compareObservations(a, b));
  const low = levels[0];
  const high = levels.at(-1);
  if (!low || !high || levels.some((o) => o.metric.baseUnit !== low.metric.baseUnit)) return undefined;
  const values = levels.map((o) => o.metric.value);
  const middle = Math.floor(values.length / 2);
  // An even count takes the mean of the two middle levels.
  const median = values.length % 2 === 1 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  return { period, baseUnit: low.metric.baseUnit, count: levels.length, median, low, high };
}

/**
 * An indicator's observations grouped by the year their reports were delivered, earliest year
 * first, each year's in table order (`compareObservations`). Every observation is in exactly one year.
 */
export function groupObservationsByYear(observations: readonly Observation[]): IndicatorYear[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of observations) {
    const list = byYear.get(o.report.year);
    if (list) list.push(o);
    else byYear.set(o.report.year, [o]);
  }
  return [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, list]) => {
      const sorted = [...list].sort(compareObservations);
      return {
        year,
        observations: sorted,
        districts: new Set(sorted.map((o) => o.districtKey)).size,
        reports: new Set(sorted.map((o) => o.report.slug)).size,
        levels: summarizeLevels(sorted),
      };
    });
}

/** The districts stating an indicator: most years of reports first, then by city and district name. */
export function rankDistricts(observations: readonly Observation[]): IndicatorDistrict[] {
  const byDistrict = new Map<string, { years: Set<number>; report: ReportData }>();
  for (const o of observations) {
    const entry = byDistrict.get(o.districtKey);
    if (entry) entry.years.add(o.report.year);
    else byDistrict.set(o.districtKey, { years: new Set([o.report.year]), report: o.report });
  }
  return [...byDistrict]
    .sort(
      ([keyA, a], [keyB, b]) =>
        b.years.size - a.years.size ||
        zh.compare(a.report.city.name, b.report.city.name) ||
        zh.compare(a.report.district.name, b.report.district.name) ||
        keyA.localeCompare(keyB),
    )
    .map(([key, entry]) => ({ key, years: entry.years.size }));
}

/**
 * The reports by district: districts by city and district name (ties in the order first met), each
 * district's reports in time order. The site's order of reports, `reports.json` and `metrics.csv`.
 */
export function groupDistricts(input: readonly ReportData[]): DistrictEntry[] {
  const districtMap = new Map<string, DistrictEntry>();
  for (const report of input) {
    const key = reportDistrictKey(report);
    let entry = districtMap.get(key);
    if (!entry) {
      entry = { key, district: report.district, city: report.city, province: report.province, reports: [] };
      districtMap.set(key, entry);
    }
    entry.reports.push(report);
  }
  for (const entry of districtMap.values()) entry.reports.sort(compareReports);
  return [...districtMap.values()].sort(byPlaceName);
}

type Named = { slug: string; name: string };

/** The site's order of districts: by city name, then district name (a stable sort: ties as first met). */
const byPlaceName = (a: { city: Named; district: Named }, b: { city: Named; district: Named }): number =>
  zh.compare(a.city.name, b.city.name) || zh.compare(a.district.name, b.district.name);

/**
 * Every city of `reports`, in the order `buildSiteData` gives its `cities` (districts as
 * `groupDistricts` orders them, each city where its first district stands): a city shard's
 * outline of the corpus is made with this from the summary, without the reports.
 */
export function corpusCities(reports: Iterable<{ city: Named; district: Named }>): CityLink[] {
  const districts = new Map<string, { city: Named; district: Named }>();
  for (const report of reports) {
    const key = districtKey(report.city.slug, report.district.slug);
    if (!districts.has(key)) districts.set(key, report);
  }
  const cities = new Map<string, CityLink>();
  for (const { city } of [...districts.values()].sort(byPlaceName)) if (!cities.has(city.slug)) cities.set(city.slug, { slug: city.slug, name: city.name });
  return [...cities.values()];
}

function isLevelOrChange(m: Metric): boolean {
  return !m.growthOf;
}

export function buildSiteData(input: {
  reports: ReportData[];
  indicators: Indicator[];
  glossary: GlossaryTerm[];
  /**
   * The whole corpus's outline, when `reports` are only some cities' (a city shard of a sharded
   * build, src/lib/shard.ts). Without it, `reports` are the corpus.
   */
  corpus?: CorpusOutline;
}): SiteData {
  const indicatorById = new Map(input.indicators.map((i) => [i.id, i]));
  const glossaryById = new Map(input.glossary.map((g) => [g.id, g]));
  const headline = input.indicators.filter((i) => i.headline);

  const bySlug = new Map<string, ReportData>();
  for (const report of input.reports) {
    if (bySlug.has(report.slug)) throw new Error(`Two reports have the slug \`${report.slug}\`; slugs name pages and must be unique.`);
    bySlug.set(report.slug, report);
  }

  const districts = groupDistricts(input.reports);
  const districtMap = new Map(districts.map((d) => [d.key, d]));
  const reports = districts.flatMap((d) => d.reports);

  const cityMap = new Map<string, CityEntry>();
  for (const entry of districts) {
    let city = cityMap.get(entry.city.slug);
    if (!city) {
      city = { city: entry.city, province: entry.province, districts: [] };
      cityMap.set(entry.city.slug, city);
    }
    city.districts.push(entry);
  }

  const yearMap = new Map<number, ReportData[]>();
  for (const report of reports) {
    const list = yearMap.get(report.year);
    if (list) list.push(report);
    else yearMap.set(report.year, [report]);
  }
  const years = [...yearMap.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, reports: list }));

  // Observations: every figure tied to a known indicator, except figures that are another's growth.
  const observationsByIndicator = new Map<string, Observation[]>();
  const observationsByReport = new Map<string, Observation[]>();
  for (const report of reports) {
    const key = reportDistrictKey(report);
    const own: Observation[] = [];
    for (const metric of report.metrics) {
      const ind = metric.indicator ? indicatorById.get(metric.indicator) : undefined;
      if (!ind || !isLevelOrChange(metric)) continue;
      const observation: Observation = { indicator: ind, report, metric, districtKey: key, level: metric.unitKind === ind.unitKind };
      own.push(observation);
      const list = observationsByIndicator.get(ind.id);
      if (list) list.push(observation);
      else observationsByIndicator.set(ind.id, [observation]);
    }
    observationsByReport.set(report.slug, own);
  }
  for (const list of observationsByIndicator.values()) list.sort(compareObservations);

  // Indexed once: every figure's note asks for its district's indicators (issue 7: at N = 1000,
  // scanning all observations per figure took seconds).
  const byDistrictIndicator = new Map<string, Observation[]>();
  for (const [indicatorId, list] of observationsByIndicator) {
    for (const o of list) {
      const at = `${o.districtKey}\0${indicatorId}`;
      const own = byDistrictIndicator.get(at);
      if (own) own.push(o);
      else byDistrictIndicator.set(at, [o]);
    }
  }
  const districtObservations = (key: string, indicatorId: string): Observation[] => [...(byDistrictIndicator.get(`${key}\0${indicatorId}`) ?? [])];
  const indicatorsOfDistrict = new Map<string, Indicator[]>();
  const districtIndicators = (key: string): Indicator[] => {
    let found = indicatorsOfDistrict.get(key);
    if (!found) {
      found = headline.filter((ind) => byDistrictIndicator.has(`${key}\0${ind.id}`));
      indicatorsOfDistrict.set(key, found);
    }
    return found;
  };

  function series(key: string, indicatorId: string): SeriesPoint[] {
    const best = new Map<Period, Observation>();
    for (const o of districtObservations(key, indicatorId)) {
      // Annual levels only: a half-year or a five-year span on the same line would mislead.
      if (!isAnnualLevel(o)) continue;
      const current = best.get(o.metric.period);
      if (!current || preferred(o, current)) best.set(o.metric.period, o);
    }
    return [...best.values()]
      .map((o) => ({ period: o.metric.period, position: periodPosition(o.metric.period), value: o.metric.value, role: o.metric.role, observation: o }))
      .sort((a, b) => a.position - b.position);
  }

  function neighbours(slug: string): Neighbours {
    const report = bySlug.get(slug);
    if (!report) return { sameYear: [], sameYearTotal: 0 };
    const list = districtMap.get(reportDistrictKey(report))?.reports ?? [];
    const at = list.indexOf(report);
    const others = (yearMap.get(report.year) ?? []).filter((r) => reportDistrictKey(r) !== reportDistrictKey(report));
    const sameCity = others.filter((r) => r.city.slug === report.city.slug);
    // The year's reports of the whole corpus less this district's (its district is whole here).
    const yearTotal = input.corpus?.years.get(report.year) ?? yearMap.get(report.year)?.length ?? 0;
    return {
      previous: at > 0 ? list[at - 1] : undefined,
      next: list[at + 1],
      sameYear: sameCity.slice(0, sameYearShown),
      sameYearTotal: yearTotal - list.filter((r) => r.year === report.year).length,
    };
  }

  function keyFigures(slug: string): KeyFigures {
    const report = bySlug.get(slug);
    const own = observationsByReport.get(slug) ?? [];
    const pick = (test: (o: Observation) => boolean) =>
      headline.flatMap((ind) => {
        const found = own.filter((o) => o.indicator.id === ind.id && test(o));
        return found.find((o) => o.level) ?? found[0] ?? [];
      });
    return {
      review: pick((o) => o.metric.role !== 'target' && (!report?.reviewPeriod || o.metric.period === report.reviewPeriod)),
      plan: pick((o) => o.metric.role === 'target'),
    };
  }

  function comparisons(year: number): Comparison[] {
    const list = yearMap.get(year) ?? [];
    const periods = [...new Set(list.flatMap((r) => (r.reviewPeriod ? [r.reviewPeriod] : [])))].sort(
      (a, b) => periodPosition(a) - periodPosition(b),
    );
    return periods.map((period) => {
      const rows = list
        .filter((r) => r.reviewPeriod === period)
        .map((report) => {
          const cells = new Map<string, Observation>();
          for (const o of observationsByReport.get(report.slug) ?? []) {
            if (!o.level || o.metric.role === 'target' || o.metric.period !== period || cells.has(o.indicator.id)) continue;
            cells.set(o.indicator.id, o);
          }
          return { report, cells };
        });
      const indicators = headline.filter((ind) => rows.some((row) => row.cells.has(ind.id)));
      return { period, indicators, rows };
    });
  }

  const yearsOfIndicator = new Map<string, IndicatorYear[]>();
  const indicatorYears = (id: string): IndicatorYear[] => {
    let found = yearsOfIndicator.get(id);
    if (!found) {
      found = groupObservationsByYear(observationsByIndicator.get(id) ?? []);
      yearsOfIndicator.set(id, found);
    }
    return found;
  };

  const pairing = pairTargets(reports, new Set(headline.map((i) => i.id)));
  const groupPairs = (key: (p: TargetPair) => string | undefined) => {
    const map = new Map<string, TargetPair[]>();
    for (const pair of pairing.pairs) {
      const k = key(pair);
      if (k === undefined) continue;
      // Appended in place: copying the list on every pair was quadratic (124,217 pairs at 14,940
      // reports, most in a few indicators' lists: ~250 s of every shard's `astro build`).
      const list = map.get(k);
      if (list) list.push(pair);
      else map.set(k, [pair]);
    }
    return map;
  };
  const pairsByReview = groupPairs((p) => p.reviewReport?.slug);
  const pairsByDistrict = groupPairs((p) => p.districtKey);
  const pairsByIndicator = groupPairs((p) => (p.status === 'unreviewed' && !p.target ? undefined : p.indicator));

  return {
    reports,
    report: (slug) => bySlug.get(slug),
    districts,
    district: (key) => districtMap.get(key),
    cities: [...cityMap.values()],
    city: (slug) => cityMap.get(slug),
    cityLinks: input.corpus?.cities ?? [...cityMap.values()].map(({ city }) => ({ slug: city.slug, name: city.name })),
    years,
    latest: (count) => [...reports].sort((a, b) => compareReports(b, a)).slice(0, count),
    indicators: input.indicators,
    indicator: (id) => indicatorById.get(id),
    headline,
    glossaryTerm: (id) => glossaryById.get(id),
    observations: (id) => observationsByIndicator.get(id) ?? [],
    districtObservations,
    districtIndicators,
    series,
    neighbours,
    keyFigures,
    comparisons,
    indicatorYears,
    indicatorDistricts: (id) => rankDistricts(observationsByIndicator.get(id) ?? []),
    targetPairs: pairing.pairs,
    pairAmbiguities: pairing.ambiguities,
    reviewedTargets: (slug) => pairsByReview.get(slug) ?? [],
    districtTargets: (key) => pairsByDistrict.get(key) ?? [],
    indicatorTargets: (id) => pairsByIndicator.get(id) ?? [],
  };
}
