/**
 * A seed's result as plain data (what crosses to and from a worker thread): after a structured
 * clone it stands for the same outcome as the one computed in this thread — the same messages with
 * their places, causes and stacks, printed the same by vfile-reporter.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { fatalMessage } from '../../src/cli/outcome.ts';
import { fromFatalMessage, outcomeOf, runTask, toFatalMessage } from '../../src/cli/ingest-task.ts';
import { ingest } from '../../src/ingest/index.ts';
import { loadKnowledge } from '../../src/cli/knowledge-files.ts';
import { root, smallReport } from './helpers.ts';

const knowledge = await loadKnowledge(path.join(root, 'content'), (p) => p);
const seed = (name: string, text: string | Uint8Array) => ({
  name,
  path: `in/${name}`,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});
const crossThreads = <T>(value: T): T => structuredClone(value);
const report = (file: VFile) => reporter([file], { color: false });

test('a success: data, MDX and warnings as the pipeline gave them', async () => {
  const s = seed('xuhui.txt', `${smallReport}\n今年完成投资201*年的目标。\n`);
  const direct = ingest(s.bytes, { path: s.path, knowledge });
  const outcome = outcomeOf(s, crossThreads(await runTask({ index: 0, path: s.path, bytes: s.bytes }, knowledge)));
  if (!outcome.ok) throw new Error('expected success');
  expect(outcome.data).toEqual(direct.report.data);
  expect(outcome.mdx).toBe(direct.mdx);
  expect(direct.file.messages.length).toBeGreaterThan(0);
  expect(report(outcome.file)).toBe(report(direct.file));
  expect(outcome.file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual(
    direct.file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal]),
  );
});

test('a failure: the fatal message with its place, rule and file', async () => {
  const s = seed('broken.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0xff, 0xff, 0x41]));
  const result = crossThreads(await runTask({ index: 3, path: s.path, bytes: s.bytes }, knowledge));
  expect(result).toMatchObject({ index: 3, ok: false });
  const outcome = outcomeOf(s, result);
  expect(outcome.ok).toBe(false);
  const [message] = outcome.file.messages;
  expect(message).toMatchObject({ line: 3, column: 1, ruleId: 'undecodable-input', fatal: true, file: 'in/broken.txt' });
  let thrown: unknown;
  try {
    ingest(s.bytes, { path: s.path, knowledge });
  } catch (error) {
    thrown = error;
  }
  const direct = new VFile({ path: s.path });
  direct.messages.push(fatalMessage(thrown, s.path));
  expect(report(outcome.file)).toBe(report(direct));
});

test('an unexpected error keeps its cause (printed with its stack) across the boundary', () => {
  const cause = new TypeError('x is undefined');
  cause.stack = 'TypeError: x is undefined\n    at stage (src/ingest/stage.ts:1:1)';
  const original = fatalMessage(cause, 'in/a.txt');
  const copy = fromFatalMessage(crossThreads(toFatalMessage(original)), 'in/a.txt');
  expect(copy).toBeInstanceOf(VFileMessage);
  const file = (m: VFileMessage) => {
    const f = new VFile({ path: 'in/a.txt' });
    f.messages.push(m);
    return f;
  };
  expect(report(file(copy))).toBe(report(file(original)));
  expect(report(file(copy))).toContain('at stage (src/ingest/stage.ts:1:1)');
  expect(copy).toMatchObject({ reason: original.reason, ruleId: 'internal-error', fatal: true, stack: original.stack });
});
