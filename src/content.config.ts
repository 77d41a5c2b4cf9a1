/**
 * Content collections: the generated reports (`npm run ingest` writes content/reports/*.mdx).
 * The frontmatter is validated again with the model's `reportData`, the same schema the ingest used.
 * Indicators and the glossary are plain YAML read by src/lib/curated-data.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportData } from './model.ts';

const reports = defineCollection({
  // BAOGAO_CONTENT_DIR: the benchmark (scripts/bench.ts) builds synthetic corpora from their own folder.
  // retainBody: false — the site renders each entry and reads its data, never `entry.body`; not
  // keeping every raw MDX body in the data store lowers peak memory at N = 1000 (issue 7).
  loader: glob({ pattern: '*.mdx', base: process.env.BAOGAO_CONTENT_DIR ?? './content/reports', retainBody: false }),
  schema: reportData,
});

export const collections = { reports };
