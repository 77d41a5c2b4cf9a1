/**
 * The ingest pipeline: raw report bytes → validated document → MDX.
 *
 *   format (decode; or web page, Word, PDF → lines) → clean → identify → outline → annotate
 *   (damage, metrics, terms) → to-mdx
 *
 * Pure: no file, clock or console here. Messages (warnings with a place) go to the VFile;
 * a fatal problem throws a VFileMessage naming the file and the place.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { reportData, type Report, type Sidecar } from '../model.ts';
import { formatOfName, readPlainText, readSource, type Source } from './formats/index.ts';
import { clean } from './clean.ts';
import { identify } from './identify.ts';
import { outline, summarizeOutline } from './outline.ts';
import { annotate } from './annotate.ts';
import { toMdx } from './to-mdx.ts';
import type { Knowledge } from './knowledge.ts';
import { applyLedger, type AnchorMoves, type Ledger } from './ledger/index.ts';

export interface IngestOptions {
  /** Path of the seed as the maintainer knows it; used in every message. */
  path: string;
  sidecar?: Sidecar;
  knowledge: Knowledge;
  /** The report's anchor ledger as read (`content/ledger/`), if it has one: published ids are kept. */
  ledger?: Ledger;
}

export interface IngestResult {
  report: Report;
  mdx: string;
  /** Carries the warnings (`file.messages`). */
  file: VFile;
  /** The ledger to write back: every id this report has published, and its slugs. */
  ledger: Ledger;
  /** What happened to the report's ids in this ingest. */
  moves: AnchorMoves;
}

/**
 * A plain text report, synchronously (the seeds, the metric evaluation). Every other format, and a
 * `.txt` that holds a web page, needs `ingestDocument`: their libraries load and read asynchronously.
 */
export function ingest(bytes: Uint8Array, options: IngestOptions): IngestResult {
  const file = new VFile({ path: options.path });
  const format = formatOfName(options.path) ?? 'text';
  const source = format === 'text' ? readPlainText(bytes, file) : undefined;
  if (!source) {
    throw new Error(`ingest: ${options.path} is ${format === 'text' ? 'a web page saved as text' : `a ${format} file`}; use ingestDocument, which reads every format`);
  }
  return ingestSource(bytes, source, file, options);
}

/** A report in any format the ingest reads: `.txt`, a web page, `.docx`, `.doc`, `.pdf` (by its file name: `formatByExtension`). */
export async function ingestDocument(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const file = new VFile({ path: options.path });
  const source = await readSource(bytes, formatOfName(options.path) ?? 'text', file);
  return ingestSource(bytes, source, file, options);
}

function ingestSource(bytes: Uint8Array, decoded: Source, file: VFile, options: IngestOptions): IngestResult {
  file.value = decoded.text;
  const cleaned = clean(decoded.text, file);
  const identity = identify(cleaned.lines, {
    file,
    sidecar: options.sidecar,
    knowledge: options.knowledge,
    removals: cleaned.removals,
    page: decoded.page,
  });
  const { front, blocks } = outline(cleaned.lines, { file, identity });
  // Positional ids become the published ones before anything (metrics, outline) refers to them.
  const anchors = applyLedger(blocks, { previous: options.ledger, seed: file.basename ?? options.path, slug: identity.slug });
  const { facts, overrides, ...meta } = identity;
  const data = reportData.parse({
    ...meta,
    provenance: {
      sourceFile: file.basename ?? options.path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
      encoding: decoded.encoding,
      // Plain text records neither, so a .txt report's data is as it always was.
      ...(decoded.format === 'text' ? {} : { format: decoded.format, dropped: decoded.dropped }),
      convertedFromTraditional: cleaned.convertedFromTraditional,
      removals: cleaned.removals,
      damage: cleaned.damage,
      overrides,
      facts,
      ...(cleaned.reflowed ? { reflowed: cleaned.reflowed } : {}),
    },
    outline: summarizeOutline(blocks),
    metrics: [],
    terms: [],
    ...(anchors.retired.length > 0 || anchors.formerSlugs.length > 0
      ? { anchors: { retired: anchors.retired, formerSlugs: anchors.formerSlugs } }
      : {}),
  });
  const report = annotate({ data, front, blocks }, { file, knowledge: options.knowledge });
  // Validate again after annotation: the site trusts this shape.
  report.data = reportData.parse(report.data);
  return { report, mdx: toMdx(report), file, ledger: anchors.ledger, moves: anchors.moves };
}
