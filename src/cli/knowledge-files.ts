/**
 * Read the curated knowledge from `content/`. The place registry is required (without it no
 * report can be identified); indicators and glossary may be absent, which means "none yet".
 * Each YAML file is checked on its own first, so an error names the file that is wrong.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryTerm, indicator } from '../model.ts';
import { knowledgeOf, type Knowledge, type KnowledgeSources } from '../ingest/knowledge.ts';
import { formatZodIssues } from './zod-issues.ts';

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
}

const optional = new Set<keyof KnowledgeSources>(['indicators', 'glossary']);
const schemas = { indicators: z.array(indicator), glossary: z.array(glossaryTerm) } as const;

export async function loadKnowledge(contentDir: string, displayPath: (p: string) => string): Promise<Knowledge> {
  const sources: KnowledgeSources = { places: '', indicators: '', glossary: '' };
  // Each file's YAML is parsed once: to check it here, then to build the knowledge from.
  const values: Record<keyof KnowledgeSources, unknown> = { places: undefined, indicators: undefined, glossary: undefined };
  for (const key of ['places', 'indicators', 'glossary'] as const) {
    const file = path.join(contentDir, `${key}.yaml`);
    try {
      sources[key] = await readFile(file, 'utf8');
    } catch (error) {
      if (optional.has(key) && isNotFound(error)) continue;
      throw new KnowledgeError(`${displayPath(file)}: cannot read: ${(error as Error).message}`);
    }
    try {
      const value: unknown = parse(sources[key]);
      values[key] = value;
      if (key !== 'places') {
        const result = schemas[key].safeParse(value ?? []);
        if (!result.success) throw new KnowledgeError(formatZodIssues(result.error.issues));
      }
    } catch (error) {
      throw new KnowledgeError(`${displayPath(file)}: ${(error as Error).message}`);
    }
  }
  try {
    return knowledgeOf(values);
  } catch (error) {
    const detail = error instanceof z.ZodError ? formatZodIssues(error.issues) : (error as Error).message;
    throw new KnowledgeError(`${displayPath(path.join(contentDir, 'places.yaml'))}: ${detail}`);
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
