/**
 * The `--json` view of one report: what a maintainer or a script needs to review what the
 * pipeline inferred (metadata), how it cut the text (outline with anchors and paragraph counts),
 * what it removed and flagged, and the warnings with their places.
 */
import type { VFile } from 'vfile';
import type { ReportData } from '../model.ts';

export interface JsonMessage {
  file: string;
  line: number | null;
  column: number | null;
  ruleId: string | null;
  reason: string;
  /** vfile's `fatal`: true → error, false → warning, unset → info. */
  severity: 'error' | 'warning' | 'info';
}

export function jsonMessages(file: VFile): JsonMessage[] {
  return file.messages.map((message) => ({
    file: file.path,
    line: message.line ?? null,
    column: message.column ?? null,
    ruleId: message.ruleId ?? null,
    reason: message.reason,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
  }));
}

export function jsonReport(seedPath: string, data: ReportData, file: VFile, sidecarPath?: string) {
  const { provenance, outline, metrics, terms, ...metadata } = data;
  return {
    file: seedPath,
    ok: true as const,
    sidecar: sidecarPath ?? null,
    metadata,
    outline,
    warnings: jsonMessages(file),
    encoding: provenance.encoding,
    format: provenance.format ?? 'text',
    dropped: provenance.dropped ?? [],
    convertedFromTraditional: provenance.convertedFromTraditional,
    removals: provenance.removals,
    damage: provenance.damage,
    overrides: provenance.overrides,
    facts: provenance.facts,
    metrics,
    terms,
  };
}

export function jsonFailure(seedPath: string, file: VFile) {
  return { file: seedPath, ok: false as const, errors: jsonMessages(file) };
}

/** An input set aside as a copy of the report in `copyOf` (nothing of it written). */
export function jsonSetAside(seedPath: string, copyOf: string, file: VFile) {
  return { file: seedPath, ok: false as const, copyOf, warnings: jsonMessages(file) };
}
