/**
 * The real corpus (test/real-corpus/) for the tests that save it in other shapes: its identifiable
 * entries, their texts, what the plain text gives, and the comparison of a shape's report with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { ingestDocument } from '../../src/ingest/index.ts';
import type { Report } from '../../src/model.ts';
import { corpusEntry, scoreIdentity, type CorpusEntry } from '../../src/eval/identity.ts';
import { repoRoot } from './paths.ts';
import { projectKnowledge } from './seeds.ts';

const knowledge = await projectKnowledge();
const dir = path.join(repoRoot, 'test', 'real-corpus');

/** Entries whose district and year a reader can tell (the others must be refused in every shape alike). */
export const identifiable: CorpusEntry[] = z
  .array(corpusEntry)
  .parse(parse(readFileSync(path.join(dir, 'corpus.yaml'), 'utf8')))
  .filter((entry) => entry.expected.district !== null && entry.expected.year !== null);

export const corpusText = (id: string): string => readFileSync(path.join(dir, 'texts', `${id}.txt`), 'utf8');

/** The whole reports (not excerpts): their figures are compared too. */
export const isWholeReport = (entry: CorpusEntry): boolean =>
  Array.isArray(entry['shapes']) && (entry['shapes'] as unknown[]).includes('full-length');

/** The report ingested from `bytes` saved as `real/<id>.<extension>`, or undefined when refused. */
export async function ingestAs(id: string, bytes: Uint8Array, extension: string): Promise<Report | undefined> {
  try {
    return (await ingestDocument(bytes, { path: `real/${id}.${extension}`, knowledge })).report;
  } catch {
    return undefined;
  }
}

export const identifies = (entry: CorpusEntry, report: Report | undefined): boolean =>
  report !== undefined && scoreIdentity(entry, { report }).identified;

/** What the plain text gives, for the entries it identifies. */
export async function plainReports(): Promise<Map<string, Report>> {
  const reports = new Map<string, Report>();
  for (const entry of identifiable) {
    const report = await ingestAs(entry.id, new TextEncoder().encode(corpusText(entry.id)), 'txt');
    if (report && identifies(entry, report)) reports.set(entry.id, report);
  }
  return reports;
}

/** A report's figures as the site shows them: value, unit, period and role (positions aside). */
export const figuresOf = (report: Report): string[] =>
  report.data.metrics.map((m) => `${m.text} = ${m.value} ${m.baseUnit} ${JSON.stringify(m.period)} ${m.role}`).sort();
