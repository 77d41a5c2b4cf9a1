/**
 * The site's search index is several Pagefind indexes (src/search/build/shards.ts `indexCount`),
 * joined at query time with Pagefind's `mergeIndex`. `search-assets/index/indexes.js`, a classic
 * script (it loads from disk too), names them in this global: the folders under
 * `search-assets/index/`, the first the primary.
 */
export const indexesGlobal = 'baogaoSearchIndexes';
