/**
 * Run `scripts/ingest.ts` as a child process on a corpus written to a temporary folder, and
 * look at what it left behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot as root } from '../helpers/paths.ts';

export { root };
export const fixtures = path.join(root, 'test/fixtures/cli');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const script = path.join(root, 'scripts/ingest.ts');

export const sentinel = { name: 'sentinel.mdx', content: 'previous run: must survive a failed run\n' };

export interface Workspace {
  dir: string;
  in: string;
  out: string;
}

/** A temporary folder with `in/` holding the given files and `out/` holding a sentinel file. */
export function workspace(files: Record<string, string | Uint8Array>): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-cli-'));
  const ws = { dir, in: path.join(dir, 'in'), out: path.join(dir, 'out') };
  mkdirSync(ws.in);
  mkdirSync(ws.out);
  writeFileSync(path.join(ws.out, sentinel.name), sentinel.content);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(ws.in, name), content);
  return ws;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for messages that may go to either. */
  all: string;
}

export function runIngest(args: string[], cwd = root): Run {
  const result = spawnSync(tsx, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr };
}

export function runOn(ws: Workspace, ...extra: string[]): Run {
  return runIngest(['--in', ws.in, '--out', ws.out, ...extra]);
}

/** Name → content of every file in a folder. */
export function listing(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** The output folder holds exactly the sentinel, and no temporary folder was left beside it. */
export function untouched(ws: Workspace): { out: Record<string, string>; beside: string[] } {
  return { out: listing(ws.out), beside: readdirSync(ws.dir).sort() };
}

export const untouchedExpected = {
  out: { [sentinel.name]: sentinel.content },
  beside: ['in', 'out'],
};

export const smallReport = readFileSync(path.join(fixtures, 'small-report.txt'), 'utf8');
