/**
 * `npx tsx scripts/targets-site.ts`: build a small site whose corpus has consecutive reports of one
 * district, so the pages show targets paired with outcomes: the seeds plus the next year's reports
 * of two of them (test/golden/targets/pairs/: Shangcheng 2016, Xuhui 2015). The published build
 * (`npm run build`) is not touched: this one lives in .cache/targets-site/ (seeds, content,
 * astro cache, dist) and is what the targets browser test and its screenshots read.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const targetsSite = path.join(root, '.cache', 'targets-site');
export const nextYearReports = ['shangcheng-2016.txt', 'xuhui-2015.txt'];

export function buildTargetsSite(): string {
  const seeds = path.join(targetsSite, 'seeds');
  const content = path.join(targetsSite, 'content');
  const dist = path.join(targetsSite, 'dist');
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(path.join(root, 'seeds'))) cpSync(path.join(root, 'seeds', name), path.join(seeds, name));
  for (const name of nextYearReports) cpSync(path.join(root, 'test/golden/targets/pairs', name), path.join(seeds, name));
  const env = {
    ...process.env,
    BAOGAO_CONTENT_DIR: content,
    BAOGAO_ASTRO_CACHE: path.join(targetsSite, 'astro-cache'),
    BAOGAO_INGEST_CACHE: path.join(targetsSite, 'ingest-cache'),
  };
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
  // Quiet unless it fails: the error then carries the command's output.
  const run = (command: string, args: string[]) => {
    try {
      execFileSync(bin(command), args, { cwd: root, env, stdio: 'pipe' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`targets site: \`${command} ${args.join(' ')}\` failed:\n${stdout}\n${stderr}`);
    }
  };
  run('tsx', ['scripts/ingest.ts', '--in', seeds, '--out', content, '--jobs', '1']);
  run('astro', ['build', '--outDir', dist]);
  return dist;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${buildTargetsSite()}`);
}
