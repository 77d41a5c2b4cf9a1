/**
 * Read a corpus folder: every report (any ending of `formatByExtension`: `*.txt`, `*.html`, `*.docx`, `*.doc`, `*.pdf` …; sorted by
 * name, so runs are reproducible) with its optional sidecar `NAME.meta.yaml`. Sidecars are parsed
 * and validated here, so a bad one is reported against its own file before the pipeline runs.
 * Every other entry of the folder is named in a warning saying why it was not read.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { sidecar as sidecarSchema, type Sidecar } from '../model.ts';
import { formatOfName, readableExtensions } from '../ingest/formats/index.ts';
import { ignoredReason } from './ignored-files.ts';
import { mapLimit } from './map-limit.ts';
import { formatZodIssues } from './zod-issues.ts';

export interface Seed {
  /** File name, e.g. `000_8a680f93dd4856e3.txt` (or `.html`, `.docx`, `.doc`, `.pdf` …). */
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
  /** Problems that only fail under --strict (a sidecar without its seed, a file not read). */
  warnings: CorpusProblem[];
}

const sidecarSuffix = '.meta.yaml';

/** A seed's sidecar: one serves every format of the same report (`x.txt` and `x.pdf` share `x.meta.yaml`). */
export function sidecarNameOf(seedName: string): string {
  return seedName.slice(0, seedName.lastIndexOf('.')) + sidecarSuffix;
}

export async function readCorpus(dir: string, displayPath: (p: string) => string): Promise<Corpus> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const seedNames = names.filter((name) => formatOfName(name) !== undefined);
  const sidecarNames = new Set(names.filter((name) => name.endsWith(sidecarSuffix)));
  const corpus: Corpus = { seeds: [], warnings: [] };
  for (const entry of entries) {
    if (formatOfName(entry.name) !== undefined || (entry.isFile() && entry.name.endsWith(sidecarSuffix))) continue;
    corpus.warnings.push({
      path: displayPath(path.join(dir, entry.name)),
      reason: `Not read: ${ignoredReason(entry.name, entry.isDirectory())}`,
      ruleId: 'ignored-file',
    });
  }

  // Read in parallel (1000 seeds one by one took a quarter of a second), then go through in order.
  const contents = await mapLimit(seedNames, 16, (name) => readFile(path.join(dir, name)));
  for (const [i, name] of seedNames.entries()) {
    const file = path.join(dir, name);
    const seed: Seed = { name, path: displayPath(file), bytes: contents[i] ?? new Uint8Array() };
    const sidecarName = sidecarNameOf(name);
    if (sidecarNames.has(sidecarName)) {
      const sidecarPath = displayPath(path.join(dir, sidecarName));
      const parsed = parseSidecar(await readFile(path.join(dir, sidecarName), 'utf8'), sidecarPath);
      seed.sidecarPath = sidecarPath;
      if ('problem' in parsed) seed.sidecarProblem = parsed.problem;
      else seed.sidecar = parsed.sidecar;
    }
    corpus.seeds.push(seed);
  }
  for (const seed of corpus.seeds) sidecarNames.delete(seed.name.slice(0, seed.name.lastIndexOf('.')) + sidecarSuffix);
  for (const orphan of sidecarNames) {
    corpus.warnings.push({
      path: displayPath(path.join(dir, orphan)),
      reason: `Sidecar has no seed: expected \`${orphan.slice(0, -sidecarSuffix.length)}.txt\` (or another of ${readableExtensions}) beside it`,
      ruleId: 'sidecar-orphan',
    });
  }
  return corpus;
}

/**
 * The first syntax error of a parsed YAML file as a problem with its place, or undefined: `what` names
 * the file's role (`Sidecar is not valid YAML: …`), `hint` says what to do about it.
 */
export function yamlSyntaxProblem(document: Document.Parsed, filePath: string, what: string, ruleId: string, hint = ''): CorpusProblem | undefined {
  const syntax = document.errors[0];
  if (!syntax) return undefined;
  const place = syntax.linePos?.[0];
  return {
    path: filePath,
    reason: `${what} is not valid YAML: ${syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}${hint}`,
    line: place?.line,
    column: place?.col,
    ruleId,
  };
}

export function parseSidecar(
  text: string,
  sidecarPath: string,
): { sidecar: Sidecar } | { problem: CorpusProblem } {
  const document = parseDocument(text);
  const syntax = yamlSyntaxProblem(document, sidecarPath, 'Sidecar', 'sidecar-yaml');
  if (syntax) return { problem: syntax };
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
