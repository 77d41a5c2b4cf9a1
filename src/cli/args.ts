/**
 * Command-line arguments of `npm run ingest`. Parsing is strict: an unknown flag or a missing
 * value is a usage error (exit 2), never silently ignored.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface IngestArgs {
  /** Folder of seed `.txt` files (and `NAME.meta.yaml` sidecars). */
  in: string;
  /** Folder the `.mdx` files go to; replaced as a whole when every report succeeded. */
  out: string;
  /**
   * Folder of the anchor ledgers (one `<seed name>.yaml` a report): read, and written with the
   * output. Default: `ledger` beside the output folder (`content/ledger` for `content/reports`).
   */
  ledger: string;
  json: boolean;
  strict: boolean;
  /** Re-use results of unchanged seeds from the ingest cache (`--no-cache` turns it off). */
  cache: boolean;
  /**
   * Threads to ingest on (`--jobs N`), this one included; 1 = this thread only. Undefined: as many
   * as there are cores, when there is enough text to ingest to repay starting them (src/cli/run.ts).
   */
  jobs: number | undefined;
  /**
   * File to write, on success, which slug each seed's report identified as (`--outcomes FILE`):
   * the build's incremental ingest reads it to know which seeds contend for a slug.
   */
  outcomes: string | undefined;
  help: boolean;
}

export const usage = `Usage: npm run ingest -- [options]

Turn raw report texts (seeds/*.txt) into content/reports/<slug>.mdx.

Options:
  --in DIR     folder of seed .txt files and NAME.meta.yaml sidecars (default: seeds)
  --out DIR    folder to write the .mdx files to (default: content/reports);
               replaced only when every report succeeded
  --ledger DIR folder of the anchor ledgers that keep published ids and slugs
               (default: ledger beside --out, i.e. content/ledger); read, and
               updated with the output
  --json       print a JSON array (one object per report) to stdout; the summary goes to stderr
  --strict     treat every warning as a failure
  --no-cache   ingest every seed again, ignoring the cache of unchanged seeds
               (.cache/ingest, or the folder in BAOGAO_INGEST_CACHE)
  --jobs N     ingest on N threads (N - 1 worker threads and this one); 1 runs every
               seed in one thread. Default: one per core, when there is enough to
               ingest (4 MB of text) to repay starting them; else one
  --outcomes FILE  on success, write to FILE (JSON) the slug each seed's report
               identified as, and which seeds were set aside as copies
  --help       show this help

Exit codes: 0 success, 1 a report failed (or a warning under --strict), 2 bad usage.`;

/** Thrown for bad usage; the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseIngestArgs(
  argv: string[],
  defaults: { in: string; out: string },
): IngestArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        ledger: { type: 'string' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        outcomes: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  for (const name of ['in', 'out', 'ledger', 'outcomes'] as const) {
    const value = values[name];
    // `--in --json` would otherwise read `--json` as the folder name.
    if (value !== undefined && (value === '' || value.startsWith('--'))) {
      throw new UsageError(`Option '--${name} ${name === 'outcomes' ? 'FILE' : 'DIR'}' needs a ${name === 'outcomes' ? 'file' : 'folder'}, got '${value}'`);
    }
  }
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) {
    throw new UsageError(`Option '--jobs N' needs a whole number of threads, 1 or more, got '${values.jobs}'`);
  }
  const out = values.out ?? defaults.out;
  return {
    in: values.in ?? defaults.in,
    out,
    ledger: values.ledger ?? path.join(path.dirname(out), 'ledger'),
    json: values.json,
    strict: values.strict,
    cache: !values['no-cache'],
    jobs: values.jobs === undefined ? undefined : Number(values.jobs),
    outcomes: values.outcomes,
    help: values.help,
  };
}
