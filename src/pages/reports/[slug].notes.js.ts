/**
 * A report's figure notes, the part the page does not carry: English values, labels, indicator
 * names and definitions (src/lib/notes-data.ts). A classic script loaded when a note first opens.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureNotesOf, getSiteData } from '../../lib/collections.ts';
import { sharedFigures } from '../../lib/metric-note.ts';
import { dataScript, figuresData, figuresGlobal } from '../../lib/notes-data.ts';
import { inShard } from '../../lib/shard.ts';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return data.reports.filter((r) => inShard(r.city.slug)).map((r) => ({ params: { slug: r.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const report = data.report(params.slug ?? '');
  if (!report) throw new Error(`reports/${params.slug ?? '?'}.notes.js: no report with this slug.`);
  const notes = figureNotesOf(report, data);
  const shared = sharedFigures(report, new Map(notes.map((n) => [n.id, n])));
  return new Response(dataScript(figuresGlobal, figuresData(notes, data.indicator, shared)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
