/**
 * `metrics.csv`: every annotated figure of every report, one row a figure, for download. A route
 * with a parameter only so that a shard of a sharded build can leave it out (see `[download].json.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { metricsCsv } from '../lib/downloads.ts';
import { buildsCorpusDownloads } from '../lib/shard.ts';

export const getStaticPaths = (() => (buildsCorpusDownloads() ? [{ params: { download: 'metrics' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(metricsCsv(data.reports), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
