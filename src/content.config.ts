/**
 * Content collections: the generated reports (`npm run ingest` writes content/reports/*.mdx).
 * The frontmatter is validated again with the model's `reportData`, the same schema the ingest used;
 * the body is rendered to HTML by the loader (src/lib/report-loader.ts).
 * Indicators and the glossary are plain YAML read by src/lib/curated-data.ts.
 */
import { defineCollection } from 'astro:content';
import { reportLoader } from './lib/report-loader.ts';
import { reportData } from './model.ts';

const reports = defineCollection({
  // BAOGAO_CONTENT_DIR: the benchmark (scripts/bench.ts) builds synthetic corpora from their own folder.
  loader: reportLoader({ base: process.env.BAOGAO_CONTENT_DIR ?? './content/reports' }),
  schema: reportData,
});

export const collections = { reports };
