/** Every target with its outcome as CSV (one row a pair), for download; columns on the about page. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { targetsCsv } from '../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(targetsCsv(data.targetPairs), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
