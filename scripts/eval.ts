/**
 * `npm run eval`: run the ingest pipeline on seeds/, score its metrics against the hand-labelled
 * set in test/golden/metrics/, print precision and recall of figure detection, indicator accuracy
 * and period/role accuracy. `--issues` lists every disagreement.
 * Then the real corpus (test/real-corpus/): identification accuracy per fact against corpus.yaml and
 * outline sanity; `--issues` lists every misread or refused text there too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Report } from '../src/model.ts';
import { loadKnowledge } from '../src/cli/knowledge-files.ts';
import { readCorpus } from '../src/cli/corpus.ts';
import { ingest, ingestDocument } from '../src/ingest/index.ts';
import { goldenFile, type GoldenFile } from '../src/eval/golden.ts';
import { evaluate, textUnits, type Evaluation } from '../src/eval/run.ts';
import { precision, rate, recall, type Ratio, type Score } from '../src/eval/score.ts';
import {
  corpusEntry,
  identityFacts,
  scoreIdentity,
  summarizeIdentity,
  type IdentityResult,
} from '../src/eval/identity.ts';
import { goldenTargetFile, type GoldenTargetFile } from '../src/eval/targets-golden.ts';
import { planTextReport } from '../src/eval/plan-text.ts';
import {
  combineTargetScores,
  scoreTargets,
  strictPrecision,
  strictRecall,
  type TargetScore,
} from '../src/eval/targets-score.ts';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Ingest every seed and score it against every golden file under `root`. */
export async function evaluateSeeds(root = defaultRoot): Promise<Evaluation> {
  const knowledge = await loadKnowledge(path.join(root, 'content'), (p) => path.relative(root, p));
  const corpus = await readCorpus(path.join(root, 'seeds'), (p) => path.relative(root, p));
  const reports = new Map<string, Report>();
  for (const seed of corpus.seeds) {
    reports.set(seed.name, ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge }).report);
  }
  return evaluate(reports, await readGoldens(path.join(root, 'test', 'golden', 'metrics')), knowledge.indicators);
}

/**
 * Score target reading against test/golden/targets/targets.yaml: seeds ingested whole, stored real
 * texts read as a plan part of their stated year (src/eval/plan-text.ts).
 */
export async function evaluateTargets(root = defaultRoot): Promise<{ sources: Array<{ name: string; score: TargetScore }>; total: TargetScore }> {
  const knowledge = await loadKnowledge(path.join(root, 'content'), (p) => path.relative(root, p));
  const corpus = await readCorpus(path.join(root, 'seeds'), (p) => path.relative(root, p));
  const goldenDir = path.join(root, 'test', 'golden', 'targets');
  const golden = await readTargetGolden(path.join(goldenDir, 'targets.yaml'));
  const sources = [];
  for (const source of golden.sources) {
    let report: Report | undefined;
    const name = source.seed ?? source.text ?? '';
    if (source.seed !== undefined) {
      const seed = corpus.seeds.find((s) => s.name === source.seed);
      if (seed) report = ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge }).report;
    } else if (source.text !== undefined && source.planYear !== undefined) {
      const text = await readFile(path.join(goldenDir, source.text), 'utf8');
      report = planTextReport(text, source.planYear, knowledge, source.text);
    }
    if (!report) throw new Error(`test/golden/targets/targets.yaml: ${name} not found`);
    const score = scoreTargets(name, source.paragraphs, textUnits(report), report.data.targets ?? [], report.data.metrics);
    sources.push({ name, score });
  }
  return { sources, total: combineTargetScores(sources.map((s) => s.score)) };
}

export async function readTargetGolden(file: string): Promise<GoldenTargetFile> {
  const result = goldenTargetFile.safeParse(parse(await readFile(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

function targetLine(name: string, s: TargetScore): string {
  return [
    name.padEnd(32),
    `targets ${String(s.golden).padStart(3)}`,
    `P ${pct(strictPrecision(s)).padStart(6)}`,
    `R ${pct(strictRecall(s)).padStart(6)}`,
    `value ${ratio(s.value)}`,
    `bound ${ratio(s.bound)}`,
    `period ${ratio(s.period)}`,
    `indicator ${ratio(s.indicator)}`,
  ].join('  ');
}

export async function readGoldens(dir: string): Promise<GoldenFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const result = goldenFile.safeParse(parse(await readFile(path.join(dir, name), 'utf8')));
      if (!result.success) throw new Error(`${name}: ${result.error.message}`);
      return result.data;
    }),
  );
}

/** Ingest every text of the real corpus without sidecars and score its identity against corpus.yaml. */
export async function evaluateRealCorpus(root = defaultRoot): Promise<IdentityResult[]> {
  const dir = path.join(root, 'test', 'real-corpus');
  const knowledge = await loadKnowledge(path.join(root, 'content'), (p) => path.relative(root, p));
  const entries = z.array(corpusEntry).parse(parse(await readFile(path.join(dir, 'corpus.yaml'), 'utf8')));
  const results: IdentityResult[] = [];
  for (const entry of entries) {
    const file = path.join(dir, 'texts', `${entry.id}.txt`);
    const bytes = await readFile(file);
    let outcome: { report: Report } | { error: string };
    try {
      // As the ingest command reads it: a `.txt` that holds a web page is read as one.
      outcome = { report: (await ingestDocument(bytes, { path: path.relative(root, file), knowledge })).report };
    } catch (error) {
      const e = error as { ruleId?: string; message: string };
      outcome = { error: `${e.ruleId ?? 'error'}: ${e.message.split('\n')[0]}` };
    }
    results.push(scoreIdentity(entry, outcome));
  }
  return results;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function ratio(r: Ratio): string {
  return `${pct(rate(r)).padStart(6)} (${r.correct}/${r.total})`;
}

function line(name: string, s: Score): string {
  const figures = s.truePositives + s.falseNegatives;
  return [
    name.padEnd(28),
    `figures ${String(figures).padStart(4)}`,
    `P ${pct(precision(s)).padStart(6)}`,
    `R ${pct(recall(s)).padStart(6)}`,
    `indicator ${ratio(s.indicator)}`,
    `period/role ${ratio(s.timing)}`,
    `headline ${ratio(s.headlineTiming)}`,
  ].join('  ');
}

async function main(): Promise<void> {
  const result = await evaluateSeeds();
  for (const { seed, score } of result.seeds) console.log(line(seed, score));
  console.log(line('TOTAL', result.total));
  console.log(`growth attached ${ratio(result.total.growthOf)}   value ${ratio(result.total.value)}`);
  const targets = await evaluateTargets();
  console.log('\nTargets (strict: matched with value, bound, period and indicator all right)');
  for (const { name, score } of targets.sources) console.log(targetLine(name, score));
  console.log(targetLine('TOTAL', targets.total));
  if (process.argv.includes('--issues')) {
    for (const i of targets.total.issues) {
      const detail = i.expected !== undefined ? `expected ${i.expected}, got ${i.got}` : (i.got ?? '');
      console.log(`${i.source.slice(0, 24).padEnd(24)} ${(i.anchor ?? '').padEnd(8)} ${i.kind.padEnd(9)} ${i.text}  ${detail}`);
    }
    for (const i of result.total.issues) {
      const where = `${i.seed.slice(0, 3)} ${i.anchor ?? ''}`.padEnd(14);
      const detail = i.expected !== undefined ? `expected ${i.expected}, got ${i.got}` : (i.got ?? '');
      console.log(`${where} ${i.kind.padEnd(9)} ${i.text}  ${detail}`);
    }
  } else if (result.total.issues.length > 0) {
    console.log(`${result.total.issues.length} disagreements: npm run eval -- --issues`);
  }
  printRealCorpus(await evaluateRealCorpus(), process.argv.includes('--issues'));
}

function printRealCorpus(results: IdentityResult[], issues: boolean): void {
  const s = summarizeIdentity(results);
  const of = (n: number, total = s.reports) => `${pct(total === 0 ? 0 : n / total).padStart(6)} (${n}/${total})`;
  console.log(`\nreal corpus (test/real-corpus): ${s.reports} identifiable texts, no sidecars; ${s.negatives.total} a reader cannot identify, refused ${s.negatives.refused}`);
  console.log(`identified (district, city, year, kind) ${of(s.identified)}   stating their year ${of(s.stated.identified, s.stated.total)}   refused ${s.refused}`);
  console.log(identityFacts.map((f) => `${f} ${of(s.perFact[f])}`).join('   '));
  console.log(
    `outline: ≥2 parts ${of(s.withTwoParts)}   a part heading found ${of(s.withPartHeading)}   ` +
      `mean share of the text in the longest paragraph ${pct(s.meanLargestShare)}`,
  );
  const wrong = results.filter((r) => (r.negative ? !r.refused : r.refused || identityFacts.some((f) => !r.correct[f])));
  if (!issues) {
    if (wrong.length > 0) console.log(`${wrong.length} texts misread or refused: npm run eval -- --issues`);
    return;
  }
  for (const r of wrong) {
    if (r.negative) console.log(`${r.id} should be refused (a reader cannot tell the district or the year), got ${r.got?.district} ${r.got?.year}`);
    else if (r.refused) console.log(`${r.id} refused  ${r.refused}`);
    else console.log(`${r.id} ${identityFacts.filter((f) => !r.correct[f]).map((f) => `${f}=${r.got?.[f]}`).join(' ')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
