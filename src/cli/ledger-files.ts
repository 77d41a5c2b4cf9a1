/**
 * The anchor ledgers on disk: `content/ledger/<seed name>.yaml`, one a report, keyed by the seed's
 * file name (without its extension), which stays when a corrected sidecar changes the report's slug. The
 * ingest reads them before the pipeline and writes back the ones that changed, with the output.
 * A ledger that cannot be read fails its report (never silently re-numbered): the message names
 * the file and the place.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { ledgerSchema, type Ledger } from '../ingest/ledger/index.ts';
import { yamlSyntaxProblem, type CorpusProblem, type Seed } from './corpus.ts';
import { formatZodIssues } from './zod-issues.ts';

export interface LedgerFile {
  /** The ledger as parsed, or the problem that keeps it from being used (parsed when first asked). */
  readonly ledger?: Ledger;
  readonly problem?: CorpusProblem;
  /** The file's text as read (part of the ingest cache key: a changed ledger can change the output). */
  text: string;
}

/**
 * A ledger file whose text is parsed only when its ledger or problem is first asked for: a seed
 * found in the ingest cache needs only the text (its cache key), and parsing every ledger took a
 * third of a cached ingest of 1000 reports (YAML and the schema, ~10 of ~35 s).
 */
function lazyLedgerFile(text: string, filePath: string, name: string): LedgerFile {
  let parsed: ReturnType<typeof parseLedger> | undefined;
  const parse = () => (parsed ??= parseLedger(text, filePath, name));
  return {
    text,
    get ledger() {
      const result = parse();
      return 'ledger' in result ? result.ledger : undefined;
    },
    get problem() {
      const result = parse();
      return 'problem' in result ? result.problem : undefined;
    },
  };
}

/** A seed's ledger key: its file name without the format's extension (`000_x.txt`, `000_x.html` → `000_x`). */
export const ledgerKey = (seedName: string) => seedName.replace(/\.[^.]+$/, '');
export const ledgerFileName = (seedName: string) => `${ledgerKey(seedName)}.yaml`;

/** Every ledger in `dir` by its key (the seed's name without extension, `ledgerKey`); a missing folder is no ledgers. */
export async function readLedgers(dir: string, display: (p: string) => string): Promise<Map<string, LedgerFile>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return new Map();
    throw error;
  }
  const out = new Map<string, LedgerFile>();
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    out.set(name.slice(0, -'.yaml'.length), lazyLedgerFile(text, display(file), name));
  }
  return out;
}

export function parseLedger(text: string, filePath: string, name: string): { ledger: Ledger } | { problem: CorpusProblem } {
  const document = parseDocument(text);
  const syntax = yamlSyntaxProblem(document, filePath, 'Anchor ledger', 'ledger-invalid', '; restore it from version control');
  if (syntax) return { problem: syntax };
  const result = ledgerSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    return { problem: { path: filePath, reason: `Anchor ledger does not match its format (docs/anchors.md): ${formatZodIssues(result.error.issues)}; restore it from version control`, ruleId: 'ledger-invalid' } };
  }
  if (ledgerFileName(result.data.seed) !== name) {
    return { problem: { path: filePath, reason: `Anchor ledger is for \`${result.data.seed}\`, not for the seed its file name says; rename it to ${ledgerFileName(result.data.seed)}`, ruleId: 'ledger-invalid' } };
  }
  return { ledger: result.data };
}

/**
 * The ledger a kept copy of a report is ingested with, when it is not its own (docs/anchors.md,
 * "Copies of one report"): a copy kept now in place of one kept in an earlier run (a fuller copy
 * added, or an edit) takes over the published ids and slug from the ledger of the copy set aside.
 * Of the ledgers of the copies whose current slug is the report's, the one that has issued the
 * most ids wins (a taken-over ledger only grows, so it is the latest), the kept copy's own on a
 * tie. Returns it relabelled for the kept copy, or undefined when its own ledger (or none) is
 * right. A kept copy whose own ledger names another slug keeps its own, as any seed does.
 */
export function ledgerOfCopies(kept: Seed, setAside: readonly Seed[], slug: string, ledgers: ReadonlyMap<string, LedgerFile>): LedgerFile | undefined {
  const own = ledgers.get(ledgerKey(kept.name))?.ledger;
  if (own && own.slugs.at(-1) !== slug) return undefined;
  const published = setAside
    .map((seed) => ledgers.get(ledgerKey(seed.name))?.ledger)
    .filter((ledger): ledger is Ledger => ledger !== undefined && ledger.slugs.at(-1) === slug)
    .sort((a, b) => b.anchors.length - a.anchors.length || (a.seed < b.seed ? -1 : 1));
  const best = published[0];
  if (!best || (own && own.anchors.length >= best.anchors.length)) return undefined;
  const ledger = { ...best, seed: kept.name };
  return { ledger, text: serializeLedger(ledger) };
}

/** The ledger as written: a header saying who maintains it, then one line per anchor. */
export function serializeLedger(ledger: Ledger): string {
  const document = new Document(ledger);
  document.commentBefore =
    ` Anchor ledger of ${ledger.seed}: maintained by \`npm run ingest\`, do not edit by hand.\n` +
    ' Every id and slug the report has published, so that links to it keep working (docs/anchors.md).';
  const anchors = document.get('anchors');
  if (isSeq(anchors)) for (const item of anchors.items) if (isMap(item)) item.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
