/**
 * The build's one instance of the site data: the `reports` collection and the curated YAML,
 * read once (module-level cache) however many pages ask.
 */
import { getCollection } from 'astro:content';
import type { ReportData } from '../model.ts';
import { loadGlossary, loadIndicators } from './curated-data.ts';
import { reportNotes, type FigureNote } from './metric-note.ts';
import { shardCorpusOutline, withShardSummary } from './shard.ts';
import { buildSiteData, type SiteData } from './site-data.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= getCollection('reports').then((entries) =>
    buildSiteData({ reports: withShardSummary(entries), corpus: shardCorpusOutline(), indicators: loadIndicators(), glossary: loadGlossary() }),
  );
  return cached;
}

const notesBySlug = new Map<string, FigureNote[]>();

/** A report's figure notes, computed once per build: the report page and its notes script both need them. */
export function figureNotesOf(report: ReportData, data: SiteData): FigureNote[] {
  let notes = notesBySlug.get(report.slug);
  if (!notes) {
    notes = reportNotes(report, data);
    notesBySlug.set(report.slug, notes);
  }
  return notes;
}
