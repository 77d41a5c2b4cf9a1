import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { pageScriptBytes } from '../../src/bench/page-scripts.ts';

const gz = (text: string) => gzipSync(Buffer.from(text)).byteLength;
const dir = mkdtempSync(path.join(tmpdir(), 'baogao-page-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('counts script files beside the page and inline code, not JSON data or missing files', () => {
  mkdirSync(path.join(dir, 'reports'));
  const file = 'window.site = function () { return 1; };';
  const inline = 'document.documentElement.dataset.theme = "dark";';
  writeFileSync(path.join(dir, 'site.js'), file);
  const page = path.join(dir, 'reports', 'x.html');
  writeFileSync(
    page,
    [
      '<script src="../site.js?v=2" defer></script>',
      `<script>${inline}</script>`,
      '<script type="application/json">{"data": "not code, not counted"}</script>',
      '<script type="application/ld+json">{"@type": "Report"}</script>',
      '<script src="../missing.js"></script>',
    ].join('\n'),
  );
  expect(pageScriptBytes(page)).toBe(gz(file) + gz(inline));
});
