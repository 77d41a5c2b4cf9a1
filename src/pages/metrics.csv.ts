/** Every annotated figure of every report as CSV (one row a figure), for download. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { metricsCsv } from '../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(metricsCsv(data.reports), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
