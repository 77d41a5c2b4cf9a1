/**
 * The document model: the one contract between the ingest stages and the site.
 *
 * Two halves:
 * - `reportData` (zod) is the report's data as it travels in MDX frontmatter. The ingest validates it
 *   before writing, and the Astro content collection validates it again at build time (same schema).
 * - `Report` (TypeScript) is the full document tree the ingest stages pass along: the data plus the
 *   text as front lines, blocks, sections and paragraphs with annotation spans.
 *
 * Positions: `line` is always a 1-based line number in the decoded source file, so warnings and
 * removals point at a place a maintainer can open.
 */
import { z } from 'astro/zod';

/* ------------------------------------------------------------------ facts */

/** Where a fact about the report came from. */
export const factSource = z.enum(['text', 'sidecar', 'inferred']);
export type FactSource = z.infer<typeof factSource>;

export const factOrigin = z.object({
  /** What the fact is, e.g. `district`, `deliveredYear`. */
  fact: z.string(),
  source: factSource,
  /** Source line the fact was read from (absent for sidecar and inference without a line). */
  line: z.number().int().positive().optional(),
  /** The text the fact was read from or why it was inferred. */
  evidence: z.string().optional(),
});
export type FactOrigin = z.infer<typeof factOrigin>;

export const reportKind = z.enum([
  'government-work-report',
  'party-committee-report',
  'other',
  /** 在中国共产党××区第×次代表大会上的报告 (every five years). */
  'party-congress-report',
  /** A party committee's report at its plenary session (区委×届×次全体会议上的工作报告). */
  'party-plenary-report',
  /** 国民经济和社会发展计划执行情况 (and draft plan) report. */
  'plan-execution-report',
  /** 预算执行情况 (and draft budget) report. */
  'budget-report',
]);
export type ReportKind = z.infer<typeof reportKind>;

export const coverage = z.enum(['year', 'half-year', 'five-year']);
export type Coverage = z.infer<typeof coverage>;

/** A place in the registry (district, city or province). */
export const place = z.object({
  /** Chinese name as written officially, e.g. `徐汇区`, `上海市`. */
  name: z.string().min(1),
  /** Language-neutral slug used in URLs, e.g. `xuhui`, `shanghai`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** English name, e.g. `Xuhui District`. */
  nameEn: z.string().min(1),
  /** GB/T 2260 code where one exists (merged-away districts keep their last code). */
  code: z.string().optional(),
});
export type Place = z.infer<typeof place>;

/**
 * A period a figure or a part of the report refers to: `2013`, `2014-H1` (first half),
 * `2011-2015` (a span, e.g. a five-year plan).
 */
export const period = z.string().regex(/^\d{4}(-H[12]|-\d{4})?$/);
export type Period = z.infer<typeof period>;

/* ------------------------------------------------------------- provenance */

export const removal = z.object({
  line: z.number().int().positive(),
  /** Rule id, e.g. `chrome-toolbar`, `chrome-share`, `pinyin-gloss`, `footer-disclaimer`. */
  rule: z.string(),
  /** The removed text, exactly. */
  text: z.string(),
  /** How many removals this entry aggregates (pinyin glosses on one line); absent means one. */
  count: z.number().int().positive().optional(),
});
export type Removal = z.infer<typeof removal>;

export const damageKind = z.enum(['mojibake', 'placeholder', 'censored']);
export type DamageKind = z.infer<typeof damageKind>;

export const damage = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  kind: damageKind,
  text: z.string(),
});
export type Damage = z.infer<typeof damage>;

/** Text a format stage left out of the report (web page navigation, PDF running headers, page numbers). */
export const dropped = z.object({
  /** Rule id: `html-boilerplate`, `pdf-running-header`, `pdf-running-footer`, `pdf-page-number`, `docx-note`, `doc-note`. */
  rule: z.string(),
  /** The dropped line, cut at 80 characters. */
  text: z.string(),
  /** How many times it was dropped (a running header on every page); absent means once. */
  count: z.number().int().positive().optional(),
});
export type Dropped = z.infer<typeof dropped>;

/** What a web page says about itself outside its text (formats/page-meta.ts): weak cues for identify. */
export interface PageMeta {
  /** The article title, the page title and the site name, as written (`2022年政府工作报告_闵行区人民政府`). */
  names?: string[];
  /** The publication date of a `PubDate`-like meta tag, `YYYY-MM-DD`. */
  published?: string;
}

/** The format a report was saved in. Plain text (`.txt`) is the default and is not recorded. */
export const sourceFormat = z.enum(['text', 'html', 'doc', 'docx', 'pdf']);
export type SourceFormat = z.infer<typeof sourceFormat>;

export const provenance = z.object({
  /** File name of the seed, e.g. `000_8a680f93dd4856e3.txt`. */
  sourceFile: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /**
   * Encoding the bytes were decoded from: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`
   * (a web page may declare others, e.g. `big5`); `docx` and `pdf` for text taken from those formats.
   */
  encoding: z.string(),
  /** Format of the source when it was not plain text: `html` (also a `.txt` holding a page), `docx`, `pdf`. */
  format: sourceFormat.optional(),
  /** What the format stage left out (page navigation, running headers, page numbers); absent for plain text. */
  dropped: z.array(dropped).optional(),
  /** The source was in traditional script and was converted to simplified for reading and search. */
  convertedFromTraditional: z.boolean(),
  removals: z.array(removal),
  damage: z.array(damage),
  /** Facts from the report's sidecar (`NAME.meta.yaml`) that overrode inference. */
  overrides: z.array(z.string()),
  facts: z.array(factOrigin),
  /** Source lines that had lost their line breaks and were cut into paragraphs (src/ingest/reflow.ts). */
  reflowed: z.array(z.number().int().positive()).optional(),
});
export type Provenance = z.infer<typeof provenance>;

/* ---------------------------------------------------------------- outline */

export const blockKind = z.enum(['preamble', 'part', 'appendix', 'closing']);
export type BlockKind = z.infer<typeof blockKind>;

/** What a part of the report talks about: the year under review, or the plan ahead. */
export const blockRole = z.enum(['review', 'plan', 'other']);
export type BlockRole = z.infer<typeof blockRole>;

export const outlineSection = z.object({
  /** Anchor, e.g. `s1-3`. */
  id: z.string(),
  /** Marker as written, e.g. `(三)`. */
  marker: z.string(),
  title: z.string(),
  paragraphs: z.number().int().nonnegative(),
});
export type OutlineSection = z.infer<typeof outlineSection>;

export const outlineBlock = z.object({
  /** Anchor: `s0` preamble, `s1`… parts, `a1`… appendices, `c` closing. */
  id: z.string(),
  kind: blockKind,
  role: blockRole,
  /** Marker as written, e.g. `一、`; empty for preamble and closing. */
  marker: z.string(),
  title: z.string(),
  /** Period this block talks about, e.g. `2013` for a review of 2013. */
  period: period.optional(),
  /** Paragraphs directly in the block (not in its sections). */
  paragraphs: z.number().int().nonnegative(),
  sections: z.array(outlineSection),
});
export type OutlineBlock = z.infer<typeof outlineBlock>;

/* ---------------------------------------------------------------- metrics */

export const metricRole = z.enum(['actual', 'target', 'estimate']);
export type MetricRole = z.infer<typeof metricRole>;

export const metric = z.object({
  /** Id within the report, `m1`, `m2` … in text order. */
  id: z.string(),
  /** Anchor of the paragraph (or heading) that states it. */
  anchor: z.string(),
  /** The figure as written, e.g. `1095亿元`, `8%`, `两万户`. */
  text: z.string(),
  /** The number as written, parsed (`1095`, `4.6`, `20000`). */
  number: z.number(),
  /** Unit as written after the scale, e.g. `元`, `%`, `个百分点`, `平方米`, `人次`. */
  unit: z.string(),
  /** Scale word and its factor (`亿` = 1e8, `万` = 1e4, `千` = 1e3); 1 when none. */
  scaleWord: z.string().optional(),
  scale: z.number(),
  /** number × scale, in `baseUnit`. */
  value: z.number(),
  baseUnit: z.string(),
  /** Kind of quantity: currency, percent, percentage-points, permille, count, area, length, mass, rate, … */
  unitKind: z.string(),
  /** Qualifier as written: `以上`, `超过`, `近`, `约`, `左右`, `突破`, `达到`, `以内` … */
  qualifier: z.string().optional(),
  /** Label phrase before the figure as written, e.g. `全年实现生产总值`. */
  label: z.string().optional(),
  /** Canonical indicator id from `content/indicators.yaml`, when the label is a known indicator. */
  indicator: z.string().optional(),
  /** Growth or change attached to this figure: signed value in `growthUnit`. */
  growth: z.number().optional(),
  growthUnit: z.enum(['%', 'pp']).optional(),
  /** This figure is itself the growth/change of the metric with this id. */
  growthOf: z.string().optional(),
  period: period,
  role: metricRole,
  cumulative: z.boolean().optional(),
  annualAverage: z.boolean().optional(),
});
export type Metric = z.infer<typeof metric>;

/* ---------------------------------------------------------------- targets */

/**
 * How a target bounds its value: `approx` (`左右`, `上下`, `约`), `min` (`以上`, `不低于`, `超过`),
 * `max` (`以内`, `控制在`, `小于`, `不超过`), `range` (`7%-7.5%`: `value` to `upper`), `point` (a bare
 * figure: at least that much, or for a stated decrease at most), `relative` (no number:
 * `与全市保持同步`, `控制在市政府下达目标内`).
 */
export const targetBound = z.enum(['approx', 'min', 'max', 'range', 'point', 'relative']);
export type TargetBound = z.infer<typeof targetBound>;

/** One target of a plan (`主要预期目标是:地区生产总值增长8%左右`), read by `metrics/targets.ts`. */
export const target = z.object({
  /** Id within the report, `t1`, `t2` … in text order. */
  id: z.string(),
  /** Anchor of the paragraph that states it. */
  anchor: z.string(),
  /** The clause as written, e.g. `地区生产总值增长8%左右`. */
  text: z.string(),
  /** Label phrase as written, e.g. `地区生产总值`. */
  label: z.string(),
  indicator: z.string().optional(),
  /** Year planned (`2015`) or plan period (`2016-2020`). */
  period: period,
  /** `growth`: a change (`增长8%`, `下降3.2%`); `level`: an amount (`128.2亿元`, `5.5%`). */
  measure: z.enum(['growth', 'level']),
  bound: targetBound,
  /** Signed value: growth in `unit` (`%` or `pp`), a level in the metric's base unit. Absent when relative. */
  value: z.number().optional(),
  /** Upper end of a range. */
  upper: z.number().optional(),
  /** `%`, `pp`, or the level's base unit (`元`, `人`, `%` …). */
  unit: z.string().optional(),
  /** Stated as an aim (`力争`, `争取`). */
  striving: z.boolean().optional(),
  /** For a relative target, what it is measured against, as written (`与全市保持同步`). */
  relativeTo: z.string().optional(),
  /** The metric the value comes from. */
  metricId: z.string().optional(),
});
export type Target = z.infer<typeof target>;

/* ------------------------------------------------------------ report data */

export const reportData = z.object({
  /** URL name: city-district-year, with a suffix for other kinds, e.g. `shanghai-xuhui-2014`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Display title, e.g. `上海市徐汇区2014年政府工作报告`. */
  title: z.string(),
  kind: reportKind,
  coverage: coverage,
  district: place,
  city: place,
  province: place,
  /** Year the report was delivered. */
  year: z.number().int().min(1949).max(2100),
  /** Delivery date `YYYY-MM-DD` where stated. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Period reviewed (actuals), e.g. `2013` or `2014-H1`. */
  reviewPeriod: period.optional(),
  /** Year planned for (targets). */
  planYear: z.number().int().optional(),
  speaker: z.object({ name: z.string(), title: z.string() }).optional(),
  /** Meeting where stated, e.g. `上海市徐汇区第十五届人民代表大会第四次会议`. */
  meeting: z.string().optional(),
  provenance: provenance,
  outline: z.array(outlineBlock),
  metrics: z.array(metric).default([]),
  /** Targets of the plan (`主要预期目标`), each with its bound; absent in reports ingested before targets were read. */
  targets: z.array(target).optional(),
  /** Glossary term ids used in the report. */
  terms: z.array(z.string()).default([]),
  /**
   * What the report published before and no longer has, from its anchor ledger (docs/anchors.md):
   * retired ids with the live id each lands on, and the slugs it had. Absent when there is none.
   */
  anchors: z
    .object({
      retired: z.array(
        z.object({
          id: z.string(),
          /** A live id of this report. */
          to: z.string(),
          reason: z.enum(['merged', 'split', 'removed']),
        }),
      ),
      formerSlugs: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    })
    .optional(),
});
export type ReportData = z.infer<typeof reportData>;

/* ---------------------------------------------------------- document tree */

/** A span of annotated text inside a paragraph or heading, by UTF-16 offsets into its `text`. */
export type Span =
  | { type: 'metric'; start: number; end: number; metricId: string }
  | { type: 'term'; start: number; end: number; termId: string }
  | { type: 'damage'; start: number; end: number; kind: DamageKind };

/**
 * Text with annotations. Spans never overlap; to-mdx nests nothing. `text` is exactly as cleaned,
 * list and heading markers included (`一、2013年工作回顾`), so the text of all nodes together is
 * the cleaned text.
 */
export interface RichText {
  text: string;
  spans: Span[];
  /** Source line of the first character. */
  line: number;
}

export interface Paragraph extends RichText {
  type: 'paragraph';
  /** Anchor, e.g. `s1-3-p2`. */
  id: string;
  /** List marker as written when the paragraph is a numbered item (`1.`, `一是`, `一、` in an appendix). */
  marker?: string;
}

export interface Section {
  type: 'section';
  id: string;
  marker: string;
  heading: RichText;
  children: Paragraph[];
}

export interface Block {
  type: 'block';
  id: string;
  kind: BlockKind;
  role: BlockRole;
  marker: string;
  /** Absent for a preamble or closing without a heading line. */
  heading?: RichText;
  period?: Period;
  /** Paragraphs before the first section, then sections (a paragraph may follow sections too). */
  children: Array<Paragraph | Section>;
}

export interface Report {
  data: ReportData;
  /** Header lines before the text (title, date, meeting, speaker), kept verbatim. */
  front: RichText[];
  blocks: Block[];
}

/* ------------------------------------------------ ingest working types */

/** One line of the cleaned text with the source line it came from. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Output of the clean stage. */
export interface CleanResult {
  lines: SourceLine[];
  removals: Removal[];
  damage: Damage[];
  convertedFromTraditional: boolean;
  /** Source lines cut into several because the text had lost its line breaks. */
  reflowed?: number[];
}

/** Output of the decode stage. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** Facts a sidecar (`seeds/NAME.meta.yaml`) may state; each overrides inference. */
export const sidecar = z
  .object({
    district: z.string(),
    city: z.string(),
    kind: reportKind,
    coverage: coverage,
    year: z.number().int(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reviewPeriod: period,
    planYear: z.number().int(),
    speaker: z.object({ name: z.string(), title: z.string() }),
    meeting: z.string(),
    /** Why the sidecar exists: what the text alone could not tell. */
    reason: z.string(),
  })
  .partial()
  .strict();
export type Sidecar = z.infer<typeof sidecar>;

/** What identify learns about the report: everything in ReportData but text-derived parts. */
export type Identity = Omit<ReportData, 'provenance' | 'outline' | 'metrics' | 'terms'> & {
  facts: FactOrigin[];
  overrides: string[];
};

/* ------------------------------------------------------ curated knowledge */

/** One entry of `content/indicators.yaml`. */
export const indicator = z.object({
  /** Canonical id used in URLs, e.g. `gdp`, `general-budget-revenue`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Chinese label, e.g. `地区生产总值`. */
  label: z.string(),
  /** Other Chinese phrasings met in reports, e.g. `生产总值`, `GDP`. */
  synonyms: z.array(z.string()).default([]),
  nameEn: z.string(),
  /** Kind of unit the indicator is measured in: currency, percent, count, area … */
  unitKind: z.string(),
  /** Shown in key figures and compared across districts and years. */
  headline: z.boolean().default(false),
  /** Short plain definition in Chinese and English. */
  definition: z.string().optional(),
  definitionEn: z.string().optional(),
});
export type Indicator = z.infer<typeof indicator>;

/** One entry of `content/glossary.yaml`. */
export const glossaryTerm = z.object({
  /** Language-neutral id, e.g. `shierwu`, `sifeng`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The term as written in simplified script, e.g. `十二五`. */
  term: z.string(),
  /** Other spellings that mean the same term. */
  aliases: z.array(z.string()).default([]),
  /** Short plain explanation in Chinese. */
  zh: z.string(),
  /** The same in English, with an English rendering of the term first. */
  en: z.string(),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
