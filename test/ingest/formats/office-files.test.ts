/**
 * Real reports as an office saves them, made by LibreOffice (test/fixtures/office/make.ts; the
 * files are committed because LibreOffice is not installed in CI): typed in Word with a running
 * header and page numbers, saved as Word 97–2003 (.doc) and exported to PDF with the fonts
 * embedded. Each reads as the same report as its plain text: identity, outline and every figure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../../src/model.ts';
import { corpusText, figuresOf, ingestAs } from '../../helpers/real-corpus.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/office');
const ids = ['r152', 'r300'];

const identity = (report: Report) => {
  const { district, city, year, kind, coverage, reviewPeriod } = report.data;
  return { district: district.name, city: city.name, year, kind, coverage, reviewPeriod };
};

/** Each block's id, role and heading, and its children: a section's id or `p` for a paragraph. */
const outlineOf = (report: Report) =>
  report.blocks.map((block) => [block.id, block.role, block.children.map((child) => (child.type === 'section' ? child.id : 'p')).join(' ')]);

describe.each(ids)('%s', (id) => {
  const plain = ingestAs(id, new TextEncoder().encode(corpusText(id)), 'txt');
  for (const extension of ['doc', 'pdf']) {
    test(`saved as .${extension} by an office reads as its plain text`, async () => {
      const [expected, report] = await Promise.all([plain, ingestAs(id, readFileSync(path.join(fixtures, `${id}.${extension}`)), extension)]);
      expect(expected).toBeDefined();
      expect(report, `${id}.${extension} refused`).toBeDefined();
      expect(identity(report!)).toEqual(identity(expected!));
      expect(outlineOf(report!)).toEqual(outlineOf(expected!));
      expect(expected!.data.metrics.length).toBeGreaterThan(50);
      expect(figuresOf(report!)).toEqual(figuresOf(expected!));
    });
  }
});
