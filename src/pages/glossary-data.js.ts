/** The glossary as a classic script, shared by every page: terms open their explanation from it. */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../lib/curated-data.ts';
import { dataScript, glossaryData, glossaryGlobal } from '../lib/notes-data.ts';

export const GET: APIRoute = () =>
  new Response(dataScript(glossaryGlobal, glossaryData(loadGlossary())), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
