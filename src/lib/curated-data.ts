/**
 * The curated knowledge the site shows: `content/indicators.yaml` and `content/glossary.yaml`,
 * validated with the model's schemas. Read once per build (module-level cache).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryTerm, indicator, type GlossaryTerm, type Indicator } from '../model.ts';

function readYamlList<T>(file: string, schema: z.ZodType<T>): T[] {
  const full = path.resolve(process.cwd(), file);
  const result = z.array(schema).safeParse(parse(readFileSync(full, 'utf8')) ?? []);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: entry ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

let indicators: Indicator[] | undefined;
let glossary: GlossaryTerm[] | undefined;

export function loadIndicators(): Indicator[] {
  return (indicators ??= readYamlList('content/indicators.yaml', indicator));
}

export function loadGlossary(): GlossaryTerm[] {
  return (glossary ??= readYamlList('content/glossary.yaml', glossaryTerm));
}
