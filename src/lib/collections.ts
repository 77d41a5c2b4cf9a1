/**
 * The build's one instance of the site data: the `reports` collection and the curated YAML,
 * read once (module-level cache) however many pages ask.
 */
import { getCollection } from 'astro:content';
import { loadGlossary, loadIndicators } from './curated-data.ts';
import { buildSiteData, type SiteData } from './site-data.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= getCollection('reports').then((entries) =>
    buildSiteData({ reports: entries.map((e) => e.data), indicators: loadIndicators(), glossary: loadGlossary() }),
  );
  return cached;
}
