/**
 * The project's own seeds/ and content/*.yaml, read exactly as `npm run ingest` reads them
 * (src/cli/corpus.ts, src/cli/knowledge-files.ts), for the tests that check the pipeline on the
 * real reports. Paths are shown relative to the repository (`seeds/000_….txt`).
 */
import path from 'node:path';
import { readCorpus, type Seed } from '../../src/cli/corpus.ts';
import { loadKnowledge } from '../../src/cli/knowledge-files.ts';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import type { Knowledge } from '../../src/ingest/knowledge.ts';
import { repoRoot } from './paths.ts';

const display = (p: string) => path.relative(repoRoot, p);

/** content/places.yaml, indicators.yaml and glossary.yaml, validated. */
export function projectKnowledge(): Promise<Knowledge> {
  return loadKnowledge(path.join(repoRoot, 'content'), display);
}

/** Every seed in seeds/ (sorted by name) with its sidecar; a sidecar that cannot be used throws. */
export async function projectSeeds(): Promise<Seed[]> {
  const { seeds } = await readCorpus(path.join(repoRoot, 'seeds'), display);
  for (const { sidecarProblem: problem } of seeds) {
    if (problem) throw new Error(`${problem.path}: ${problem.reason}`);
  }
  return seeds;
}

/** Every seed through the whole pipeline, in name order. */
export async function ingestProjectSeeds(): Promise<Array<{ seed: Seed; result: IngestResult }>> {
  const [knowledge, seeds] = await Promise.all([projectKnowledge(), projectSeeds()]);
  return seeds.map((seed) => ({
    seed,
    result: ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge }),
  }));
}
