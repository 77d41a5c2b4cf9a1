/**
 * The site's districts, cities and provinces for English place-name queries (`Xuhui District`,
 * `jingan`), as a classic script: the search page loads it only for a query in Latin letters, so the
 * page itself does not grow with the places of the corpus. The post-build step also reads it for
 * the terms the pinyin lexicon must know (scripts/postbuild-search.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../lib/collections.ts';
import { dataScript } from '../lib/notes-data.ts';
import { shortName } from '../ingest/place-names.ts';
import { buildPlaceLexicon, placesGlobal } from '../search/core/lexicon.ts';
import { buildsCorpusPages } from '../lib/shard.ts';

/** `search-places.js`: a route with a parameter only so that a city shard, which holds some places only, can leave it out. */
export const getStaticPaths = (() => (buildsCorpusPages() ? [{ params: { places: 'search-places' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const places = [...data.districts.flatMap((d) => [d.district, d.city, d.province]), ...data.cities.flatMap((c) => [c.city, c.province])];
  const lexicon = buildPlaceLexicon(places.map((place) => ({ ...place, short: shortName(place.name) })));
  // `<` escaped like every data script here: no name may close a script element.
  return new Response(dataScript(placesGlobal, lexicon).replace(/</g, '\\u003c'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
