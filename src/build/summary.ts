/**
 * The corpus summary of a sharded build (docs/sharded-build.md): one JSON line per report, its
 * collection id (the file name without `.mdx`) and its frontmatter, computed once from the whole
 * ingested corpus. Every shard's `astro build` reads it (src/lib/shard.ts): year, indicator and home
 * pages need every report's data; a shard reads and renders only its own reports' texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitReportFile } from '../render/report-file.ts';
import { parseSummary as parseSummaryLines, type SummaryLine } from '../lib/shard.ts';

export interface SummaryReport extends SummaryLine {
  data: Record<string, unknown> & { city: { slug: string }; provenance: { sourceFile: string; bytes: number } };
}

/** The summary lines of every `.mdx` file in `contentDir`, sorted by id. */
export function summarizeContent(contentDir: string): SummaryReport[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(contentDir, name);
      const { data } = splitReportFile(readFileSync(file, 'utf8'), file);
      const report = data as SummaryReport['data'];
      if (typeof report?.city?.slug !== 'string' || typeof report?.provenance?.sourceFile !== 'string') {
        throw new Error(`${file}: the frontmatter has no city.slug or provenance.sourceFile; ingest it again`);
      }
      return { id: name.slice(0, -'.mdx'.length), data: report };
    });
}

export const formatSummary = (lines: readonly SummaryLine[]): string => lines.map((line) => JSON.stringify(line)).join('\n') + '\n';

/** The summary's lines with the fields the shard plan reads (checked when the summary was written). */
export const parseSummary = (text: string, file: string): SummaryReport[] => parseSummaryLines(text, file) as SummaryReport[];
