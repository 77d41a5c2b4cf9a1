/**
 * A small site built from edited copies of the seeds, to check in browsers that links made before
 * an edit still land (test/site/anchors.browser.test.ts). Each scenario is a copy of a seed with a
 * sidecar year of its own (so the copies have slugs of their own): ingested once (`npm run ingest`
 * writes the ledgers), edited, ingested again with those ledgers, and built by `astro build` into
 * .cache/anchor-site/dist (its own content folder, Astro cache and output). Rebuilt when the
 * project's inputs change (the same fingerprint as the main build), else re-used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ingest } from '../../src/ingest/index.ts';
import type { Sidecar } from '../../src/model.ts';
import { inputFingerprint } from './build.ts';
import { repoRoot } from './paths.ts';
import { edits, passageTexts, type EditName } from './seed-edits.ts';
import { projectKnowledge, projectSeeds } from './seeds.ts';

export type ScenarioName = EditName | 'year';

export interface Scenario {
  name: ScenarioName;
  /** The slug links were made to, and the slug now (they differ for `year`). */
  slugBefore: string;
  slugAfter: string;
  /** Every passage before the edit, in the order of the text: its id and text (marker and spaces removed). */
  before: Array<{ id: string; text: string }>;
}

export interface AnchorSite {
  dist: string;
  scenarios: Scenario[];
}

const dir = path.join(repoRoot, '.cache', 'anchor-site');
const plan: Array<{ name: ScenarioName; seed: string }> = [
  { name: 'insert', seed: '000' },
  { name: 'delete', seed: '001' },
  { name: 'fix', seed: '002' },
  { name: 'split', seed: '003' },
  { name: 'merge', seed: '000' },
  { name: 'reorder', seed: '001' },
  { name: 'year', seed: '004' },
];

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-3000)}`);
}

export async function ensureAnchorSite(): Promise<AnchorSite> {
  const stamp = path.join(dir, 'stamp.json');
  const fingerprint = inputFingerprint();
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8')) as { fingerprint: string; site: AnchorSite };
    if (saved.fingerprint === fingerprint && existsSync(path.join(saved.site.dist, 'index.html'))) return saved.site;
  }
  rmSync(dir, { recursive: true, force: true });
  const [knowledge, seeds] = await Promise.all([projectKnowledge(), projectSeeds()]);
  const folders = { before: path.join(dir, 'before'), after: path.join(dir, 'after'), out: path.join(dir, 'content', 'reports'), ledger: path.join(dir, 'ledger') };
  for (const folder of [folders.before, folders.after]) mkdirSync(folder, { recursive: true });

  const scenarios: Scenario[] = [];
  const afterFiles: Array<{ name: string; text: string; sidecar: Sidecar }> = [];
  plan.forEach(({ name, seed: prefix }, i) => {
    const seed = seeds.find((s) => s.name.startsWith(prefix));
    if (!seed) throw new Error(`no seed ${prefix}`);
    const file = `e${i}-${name}.txt`;
    const sidecar: Sidecar = { ...seed.sidecar, year: 2030 + 2 * i, reason: 'a copy of a seed for the anchor tests' };
    const text = new TextDecoder().decode(seed.bytes);
    writeFileSync(path.join(folders.before, file), text);
    writeFileSync(path.join(folders.before, file.replace(/\.txt$/, '.meta.yaml')), stringify(sidecar));
    const first = ingest(seed.bytes, { path: file, sidecar, knowledge });
    // The ids a reader could link to: those with an element (a preamble without heading has none).
    const before = [...passageTexts(first.report)].filter(([id]) => first.mdx.includes(`id="${id}"`)).map(([id, t]) => ({ id, text: t }));
    const edited = name === 'year' ? text : edits[name](text, first.report);
    const nextSidecar = name === 'year' ? { ...sidecar, year: sidecar.year! + 1 } : sidecar;
    afterFiles.push({ name: file, text: edited, sidecar: nextSidecar });
    const after = ingest(new TextEncoder().encode(edited), { path: file, sidecar: nextSidecar, knowledge, ledger: first.ledger });
    scenarios.push({ name, slugBefore: first.report.data.slug, slugAfter: after.report.data.slug, before });
  });
  const ingestArgs = (from: string) => ['scripts/ingest.ts', '--in', from, '--out', folders.out, '--ledger', folders.ledger, '--no-cache'];
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  run(tsx, ingestArgs(folders.before));
  for (const f of afterFiles) {
    writeFileSync(path.join(folders.after, f.name), f.text);
    writeFileSync(path.join(folders.after, f.name.replace(/\.txt$/, '.meta.yaml')), stringify(f.sidecar));
  }
  run(tsx, ingestArgs(folders.after));
  const dist = path.join(dir, 'dist');
  run(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    BAOGAO_CONTENT_DIR: folders.out,
    BAOGAO_ASTRO_CACHE: path.join(dir, 'astro-cache'),
  });
  const site = { dist, scenarios };
  writeFileSync(stamp, JSON.stringify({ fingerprint, site }));
  return site;
}
