/**
 * Read the curated knowledge from `content/`. The place registry is required (without it no
 * report can be identified); indicators and glossary may be absent, which means "none yet".
 * Each YAML file is checked on its own first, so an error names the file that is wrong.
 *
 * With a cache (the ingest cache's folder and a key covering the YAML files, this code, the
 * pipeline's and the libraries'), the knowledge is kept as V8 serializes it (a structured clone,
 * as the ingest's worker threads receive it): parsing the YAML and building the place registry
 * was ~0.4 s of a one-seed ingest's CPU, reading the clone ~0.01 s.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
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

/** Where the knowledge is kept between runs: `dir`, under `key` (ingest-cache.ts `runFingerprint`: the YAML files, src/ingest, the lockfile). */
export interface KnowledgeCache {
  dir: string;
  key: string;
}

const cachePrefix = 'knowledge-';

export async function loadKnowledge(contentDir: string, displayPath: (p: string) => string, cache?: KnowledgeCache): Promise<Knowledge> {
  const file = cache && path.join(cache.dir, `${cachePrefix}${createHash('sha256').update(cache.key).update(await readFile(new URL(import.meta.url))).update(`\0v8 ${process.versions.v8}`).digest('hex')}.v8`);
  if (file) {
    try {
      return deserialize(await readFile(file)) as Knowledge;
    } catch {
      // Not kept yet (or unreadable): read from the YAML below.
    }
  }
  const knowledge = await readKnowledge(contentDir, displayPath);
  if (cache && file) {
    // Beside it, then renamed; the clones of other keys go.
    await writeFile(`${file}.tmp`, serialize(knowledge));
    await rename(`${file}.tmp`, file);
    for (const name of await readdir(cache.dir)) if (name.startsWith(cachePrefix) && path.join(cache.dir, name) !== file) await rm(path.join(cache.dir, name), { force: true });
  }
  return knowledge;
}

async function readKnowledge(contentDir: string, displayPath: (p: string) => string): Promise<Knowledge> {
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
