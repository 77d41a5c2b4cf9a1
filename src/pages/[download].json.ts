/**
 * `reports.json`: the reports' data (identity, provenance summary, outline, figures), for download.
 * A route with a parameter only so that a shard of a sharded build can leave it out: it carries
 * every report whole, which a shard does not hold; the merge writes it (src/build/corpus-downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { reportsJson } from '../lib/downloads.ts';
import { buildsCorpusDownloads } from '../lib/shard.ts';

export const getStaticPaths = (() => (buildsCorpusDownloads() ? [{ params: { download: 'reports' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(reportsJson(data.reports), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
