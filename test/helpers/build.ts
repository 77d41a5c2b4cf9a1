/**
 * Build the site once: `npm run build` (ingest, astro build, pagefind, search assets, offline zip)
 * runs when dist/ is missing or older than its inputs, judged by a fingerprint of the inputs' paths,
 * sizes and mtimes kept in .cache/site-build.json. BAOGAO_BUILD=always forces a build; BAOGAO_BUILD=never uses dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { distDir, repoRoot } from './paths.ts';
import { listFiles } from './site.ts';

/** What the build reads; content/reports/ is excluded because the build writes it. */
const inputs = ['src', 'content', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const stampPath = `${repoRoot}/.cache/site-build.json`;

export function inputFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const path = `${repoRoot}/${input}`;
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? listFiles(path).filter((file) => !(input === 'content' && file.startsWith('reports/'))).map((file) => `${input}/${file}`)
      : [input];
    for (const file of files) {
      const stat = statSync(`${repoRoot}/${file}`);
      hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

function builtFingerprint(): string | undefined {
  try {
    return (JSON.parse(readFileSync(stampPath, 'utf8')) as { fingerprint?: string }).fingerprint;
  } catch {
    return undefined;
  }
}

export type BuildDecision = 'built' | 'up to date' | 'skipped';

export function ensureSiteBuilt(mode = process.env['BAOGAO_BUILD'] ?? 'auto'): BuildDecision {
  const present = existsSync(`${distDir}/index.html`);
  if (mode === 'never') {
    if (!present) throw new Error('BAOGAO_BUILD=never, but dist/index.html does not exist: run `npm run build` first');
    return 'skipped';
  }
  const fingerprint = inputFingerprint();
  if (mode !== 'always' && present && builtFingerprint() === fingerprint) return 'up to date';
  mkdirSync(`${repoRoot}/.cache`, { recursive: true });
  // flock keeps two test runs from building into dist/ at once; where it is missing, build directly.
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const command = hasFlock ? ['flock', `${repoRoot}/.cache/site-build.lock`, 'npm', 'run', 'build'] : ['npm', 'run', 'build'];
  console.log(`[site tests] building the site: ${command.join(' ')}`);
  const result = spawnSync(command[0]!, command.slice(1), { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`\`npm run build\` failed (exit ${result.status ?? result.signal}): the site tests need a built site`);
  }
  writeFileSync(stampPath, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }) + '\n');
  return 'built';
}
