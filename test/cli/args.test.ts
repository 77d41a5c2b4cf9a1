import { expect, test } from 'vitest';
import { parseIngestArgs, UsageError } from '../../src/cli/args.ts';

const defaults = { in: '/project/seeds', out: '/project/content/reports' };

test('defaults when no options are given', () => {
  expect(parseIngestArgs([], defaults)).toEqual({ ...defaults, ledger: '/project/content/ledger', json: false, strict: false, cache: true, jobs: undefined, outcomes: undefined, help: false });
});

test('every option', () => {
  expect(parseIngestArgs(['--in', 'a', '--out=b', '--json', '--strict', '--jobs', '3', '--outcomes', 'o.json'], defaults)).toEqual({
    in: 'a',
    out: 'b',
    ledger: 'ledger',
    json: true,
    strict: true,
    cache: true,
    jobs: 3,
    outcomes: 'o.json',
    help: false,
  });
  expect(parseIngestArgs(['--no-cache'], defaults).cache).toBe(false);
  expect(parseIngestArgs(['--ledger', 'anchors'], defaults).ledger).toBe('anchors');
  expect(parseIngestArgs(['-h'], defaults).help).toBe(true);
});

test.each([
  [['--verbose'], /--verbose/],
  [['--in'], /--in/],
  [['--in', '--json'], /--in/],
  [['--out='], /--out/],
  [['--ledger', '--json'], /--ledger/],
  [['seeds'], /seeds/],
  [['--jobs', '0'], /--jobs N/],
  [['--jobs', 'two'], /--jobs N/],
  [['--jobs', '1.5'], /--jobs N/],
  [['--jobs'], /--jobs/],
  [['--outcomes=--json'], /--outcomes FILE/],
])('bad usage %j is a UsageError', (argv, message) => {
  expect(() => parseIngestArgs(argv, defaults)).toThrow(UsageError);
  expect(() => parseIngestArgs(argv, defaults)).toThrow(message);
});
