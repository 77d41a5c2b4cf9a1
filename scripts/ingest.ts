/**
 * `npm run ingest` (see `--help`): seeds/*.txt → content/reports/<slug>.mdx.
 * The work is in src/cli/run.ts; this entry only wires it to the process.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/cli/run.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = await runIngest({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  root,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
