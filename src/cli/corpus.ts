/**
 * Read a corpus folder: every `*.txt` seed (sorted by name, so runs are reproducible) with its
 * optional sidecar `NAME.meta.yaml`. Sidecars are parsed and validated here, so a bad one is
 * reported against its own file before the pipeline runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { sidecar as sidecarSchema, type Sidecar } from '../model.ts';
import { mapLimit } from './map-limit.ts';
import { formatZodIssues } from './zod-issues.ts';

export interface Seed {
  /** File name, e.g. `000_8a680f93dd4856e3.txt`. */
  name: string;
  /** Path as the maintainer typed it (relative to the working directory where possible). */
  path: string;
  bytes: Uint8Array;
  sidecar?: Sidecar;
  sidecarPath?: string;
  /** The sidecar exists but cannot be used: the seed fails without being ingested. */
  sidecarProblem?: CorpusProblem;
}

export interface CorpusProblem {
  path: string;
  reason: string;
  /** Line in the file, when known (YAML syntax errors). */
  line?: number;
  column?: number;
  ruleId: string;
}

export interface Corpus {
  seeds: Seed[];
  /** Problems that only fail under --strict (a sidecar without its seed). */
  warnings: CorpusProblem[];
}

const sidecarSuffix = '.meta.yaml';

export async function readCorpus(dir: string, displayPath: (p: string) => string): Promise<Corpus> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  const seedNames = names.filter((name) => name.endsWith('.txt'));
  const sidecarNames = new Set(names.filter((name) => name.endsWith(sidecarSuffix)));
  const corpus: Corpus = { seeds: [], warnings: [] };

  // Read in parallel (1000 seeds one by one took a quarter of a second), then go through in order.
  const contents = await mapLimit(seedNames, 16, (name) => readFile(path.join(dir, name)));
  for (const [i, name] of seedNames.entries()) {
    const file = path.join(dir, name);
    const seed: Seed = { name, path: displayPath(file), bytes: contents[i] ?? new Uint8Array() };
    const sidecarName = name.slice(0, -'.txt'.length) + sidecarSuffix;
    if (sidecarNames.delete(sidecarName)) {
      const sidecarPath = displayPath(path.join(dir, sidecarName));
      const parsed = parseSidecar(await readFile(path.join(dir, sidecarName), 'utf8'), sidecarPath);
      seed.sidecarPath = sidecarPath;
      if ('problem' in parsed) seed.sidecarProblem = parsed.problem;
      else seed.sidecar = parsed.sidecar;
    }
    corpus.seeds.push(seed);
  }
  for (const orphan of sidecarNames) {
    corpus.warnings.push({
      path: displayPath(path.join(dir, orphan)),
      reason: `Sidecar has no seed: expected \`${orphan.slice(0, -sidecarSuffix.length)}.txt\` beside it`,
      ruleId: 'sidecar-orphan',
    });
  }
  return corpus;
}

export function parseSidecar(
  text: string,
  sidecarPath: string,
): { sidecar: Sidecar } | { problem: CorpusProblem } {
  const document = parseDocument(text);
  const syntax = document.errors[0];
  if (syntax) {
    const place = syntax.linePos?.[0];
    return {
      problem: {
        path: sidecarPath,
        reason: `Sidecar is not valid YAML: ${syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
        line: place?.line,
        column: place?.col,
        ruleId: 'sidecar-yaml',
      },
    };
  }
  const result = sidecarSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    return {
      problem: {
        path: sidecarPath,
        reason: `Sidecar does not match the schema (see docs/sidecar.md): ${formatZodIssues(result.error.issues)}`,
        ruleId: 'sidecar-schema',
      },
    };
  }
  return { sidecar: result.data };
}
