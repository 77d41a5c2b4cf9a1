/**
 * `metrics.csv`: every annotated figure of every report, one row a figure; `targets.csv`: every
 * target with its outcome (src/lib/target-pairs.ts), one row a pair; columns on the about page.
 * For download. A route with a parameter only so that a part of a sharded build can leave them
 * out: `metrics.csv` carries every report whole (the merge writes it, see `[download].json.ts`),
 * `targets.csv` pairs the whole corpus's targets (the corpus pages build it, src/lib/shard.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { metricsCsv, targetsCsv } from '../lib/downloads.ts';
import { buildsCorpusDownloads, buildsCorpusPages } from '../lib/shard.ts';

export const getStaticPaths = (() => [
  ...(buildsCorpusDownloads() ? [{ params: { download: 'metrics' } }] : []),
  ...(buildsCorpusPages() ? [{ params: { download: 'targets' } }] : []),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const csv = params.download === 'targets' ? targetsCsv(data.targetPairs) : metricsCsv(data.reports);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
