/** The reports' data (identity, provenance summary, outline, figures) as JSON, for download. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { reportsJson } from '../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(reportsJson(data.reports), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
