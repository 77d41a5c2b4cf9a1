/**
 * The merge of a sharded build writes the two downloads that carry every report whole,
 * `reports.json` and `metrics.csv` (no shard holds every report whole: src/lib/shard.ts). The
 * same bytes as one build's Astro routes (`src/pages/[download].*.ts`): the same functions
 * (src/lib/downloads.ts), the same order of reports (`groupDistricts`), computed from the lean
 * summary; then each report's full data is read from `reports.jsonl` at its offset and written
 * out, one report at a time, so memory does not grow with the corpus.
 *
 * With a state file (`reuse`), a rebuild does not parse and format again the reports whose line
 * of `reports.jsonl` did not change: their piece of each download is copied from the last one.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../model.ts';
import { metricsCsvHeader, metricsCsvRows, reportsJsonClose, reportsJsonOpen, reportsJsonPiece, reportsJsonSeparator } from '../lib/downloads.ts';
import { readJsonLines, readLineBytes, type SummaryLine } from '../lib/shard.ts';
import { groupDistricts } from '../lib/site-data.ts';
import { paths } from '../lib/urls.ts';
import { replaceIfChanged } from './write-if-changed.ts';
import { fileStat, readReuseState, type FileStat } from './reuse-state.ts';

export interface DownloadsReuse {
  /** Where the pieces of the last downloads are recorded. */
  state: string;
  /** Digest of the code the pieces are formatted with; another digest reuses nothing. */
  code: string;
}

/** Where each report's piece of the downloads is, and what they were made from. */
interface DownloadsState {
  code: string;
  json: FileStat;
  csv: FileStat;
  /** Report id → sha1 of its `reports.jsonl` line, then [offset, length] of its piece in reports.json and in metrics.csv. */
  pieces: Record<string, [hash: string, json: [number, number], csv: [number, number]]>;
}

/** `{"id":"…"`, as `writeSummaryFiles` starts every line: the id without parsing the report. */
const LINE_ID = /^\{"id":("(?:[^"\\]|\\.)*")/;
function lineId(bytes: Buffer, file: string, number: number): string {
  const head = LINE_ID.exec(bytes.subarray(0, 512).toString('utf8'))?.[1];
  try {
    return head !== undefined ? (JSON.parse(head) as string) : (JSON.parse(bytes.toString('utf8')) as SummaryLine).id;
  } catch (error) {
    throw new Error(`${file}:${number}: not a summary line (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Writes both downloads; returns how many reports, and how many of their pieces were copied from the last downloads. */
export function writeCorpusDownloads(leanSummaryFile: string, fullReportsFile: string, dist: string, reuse?: DownloadsReuse): { reports: number; reused: number } {
  const at = new Map<string, { offset: number; length: number; hash: string }>();
  for (const { bytes, offset, number } of readLineBytes(fullReportsFile)) {
    if (bytes.toString('utf8').trim() === '') continue;
    at.set(lineId(bytes, fullReportsFile, number), { offset, length: bytes.length, hash: createHash('sha1').update(bytes).digest('hex') });
  }
  const ids = new Map<ReportData, string>();
  const lean: ReportData[] = [];
  for (const line of readJsonLines(leanSummaryFile)) {
    const report = line.data as unknown as ReportData;
    ids.set(report, line.id);
    lean.push(report);
  }
  const order = groupDistricts(lean).flatMap((d) => d.reports.map((r) => ids.get(r)!));
  const missing = order.filter((id) => !at.has(id));
  if (missing.length > 0) throw new Error(`${fullReportsFile}: no data for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which ${leanSummaryFile} lists (both must come from the same --summary run)`);

  const json = join(dist, paths.reportsJson());
  const csv = join(dist, paths.metricsCsv());
  const previous = reuse ? readState(reuse, json, csv) : undefined;
  const before = previous ? { json: openSync(json, 'r'), csv: openSync(csv, 'r') } : undefined;
  const source = openSync(fullReportsFile, 'r');
  const jsonOut = openSync(`${json}.tmp`, 'w');
  const csvOut = openSync(`${csv}.tmp`, 'w');
  const pieces: DownloadsState['pieces'] = {};
  const written = { json: 0, csv: 0 };
  let reused = 0;
  const write = (fd: number, which: 'json' | 'csv', bytes: Buffer): [number, number] => {
    writeSync(fd, bytes);
    written[which] += bytes.length;
    return [written[which] - bytes.length, bytes.length];
  };
  const read = (fd: number, [offset, length]: [number, number]): Buffer => {
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) throw new Error(`downloads: a download is shorter than ${reuse?.state} says`);
    return bytes;
  };
  try {
    write(csvOut, 'csv', Buffer.from(metricsCsvHeader));
    write(jsonOut, 'json', Buffer.from(order.length === 0 ? '[]' : reportsJsonOpen));
    order.forEach((id, i) => {
      const { offset, length, hash } = at.get(id)!;
      if (i > 0) write(jsonOut, 'json', Buffer.from(reportsJsonSeparator));
      const last = previous?.pieces[id];
      if (before && last && last[0] === hash) {
        pieces[id] = [hash, write(jsonOut, 'json', read(before.json, last[1])), write(csvOut, 'csv', read(before.csv, last[2]))];
        reused++;
        return;
      }
      const report = (JSON.parse(read(source, [offset, length]).toString('utf8')) as SummaryLine).data as unknown as ReportData;
      pieces[id] = [hash, write(jsonOut, 'json', Buffer.from(reportsJsonPiece(report))), write(csvOut, 'csv', Buffer.from(metricsCsvRows(report)))];
    });
    if (order.length > 0) write(jsonOut, 'json', Buffer.from(reportsJsonClose));
  } finally {
    closeSync(source);
    closeSync(jsonOut);
    closeSync(csvOut);
    if (before) {
      closeSync(before.json);
      closeSync(before.csv);
    }
  }
  if (reuse) rmSync(reuse.state, { force: true });
  // Either is often the same as before (metrics.csv after an edit of a report's text): left as it was.
  replaceIfChanged(`${json}.tmp`, json);
  replaceIfChanged(`${csv}.tmp`, csv);
  if (reuse) {
    const state: DownloadsState = { code: reuse.code, json: fileStat(json), csv: fileStat(csv), pieces };
    writeFileSync(`${reuse.state}.tmp`, JSON.stringify(state));
    renameSync(`${reuse.state}.tmp`, reuse.state);
  }
  return { reports: order.length, reused };
}

/** The last downloads' state, when the same code wrote it and the downloads are still those it wrote. */
function readState(reuse: DownloadsReuse, json: string, csv: string): DownloadsState | undefined {
  return readReuseState<DownloadsState>(reuse.state, reuse.code, { json, csv });
}
