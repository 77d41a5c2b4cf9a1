/** The benchmark's pure helpers: log parsing, the page-weight budget, text of an MDX, links, profiles. */
import { describe, expect, test } from 'vitest';
import {
  astroPhases,
  changeOneSeed,
  ingestCacheLine,
  markdownTable,
  mdxText,
  median,
  pageWeightBudget,
  parseGnuTime,
  postBuildSteps,
  reportLinks,
} from '../../src/bench/stats.ts';
import { bucketOf, inclusiveTime, selfTimeByBucket, type CpuProfile } from '../../src/bench/cpu-profile.ts';

test('median of odd and even lists, NaN for none', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 2, 3])).toBe(2.5);
  expect(median([])).toBeNaN();
});

test('the page-weight budget is 1.25 × text + 4 KB', () => {
  expect(pageWeightBudget(8192)).toBe(14336);
});

test('GNU time line: seconds and peak KB; a missing line is an error', () => {
  expect(parseGnuTime('noise\nTIME 12.34 567890\n')).toEqual({ seconds: 12.34, peakKb: 567890 });
  expect(() => parseGnuTime('Command terminated by signal 9')).toThrow(/no GNU time line/);
});

test('astro build log: phases in seconds, ms converted, colours ignored', () => {
  const log = [
    '11:18:06 [build] Collecting build info...',
    '11:18:06 [build] \x1b[32m✓ Completed in 974ms.\x1b[39m',
    '11:18:06 [build] Building static entrypoints...',
    '11:18:12 [vite] ✓ built in 5.13s',
    '11:18:12 [vite] ✓ built in 35ms',
    ' generating static routes ',
    '11:18:14 ✓ Completed in 2.71s.',
    '11:18:15 [build] 290 page(s) built in 12.55s',
  ].join('\n');
  expect(astroPhases(log)).toEqual({ contentSync: 0.974, bundle: 5.13, render: 2.71, pages: 12.55 });
  expect(astroPhases('nothing')).toEqual({});
});

test('the ingest summary line of the cache', () => {
  expect(ingestCacheLine('5 reports, 0 failed\ningest cache: 4 of 5 reports re-used (.cache/ingest)\n')).toEqual({ reused: 4, reports: 5 });
  expect(ingestCacheLine('ingest cache: 1 of 1 report re-used (x)')).toEqual({ reused: 1, reports: 1 });
  expect(ingestCacheLine('no cache')).toBeUndefined();
});

test('post-build steps: what the build script runs after ingest, astro and pagefind', () => {
  const script = 'npm run ingest && astro build && pagefind --site dist && tsx scripts/postbuild-search.ts && npm run package';
  expect(postBuildSteps(script)).toEqual(['tsx scripts/postbuild-search.ts', 'npm run package']);
  expect(postBuildSteps('npm run ingest && astro build && pagefind --site dist')).toEqual([]);
  expect(postBuildSteps('npm run ingest && astro build && tsx scripts/pagefind-index.ts dist && npm run package')).toEqual(['npm run package']);
});

test("an MDX's own text: no frontmatter, no tags, every text line", () => {
  const mdx = '---\nslug: "x"\ntitle: "t"\n---\n\n<Front>\n  <Line>政府工作报告</Line>\n</Front>\n\n<Part block="s1">\n  <P id="s1-p1">生产总值<Metric id="m1">1095亿元</Metric>。</P>\n</Part>\n';
  expect(mdxText(mdx)).toBe('政府工作报告\n生产总值1095亿元。');
});

test('report links: distinct report pages, relative or not, fragments ignored', () => {
  const html = '<a href="reports/a.html">a</a><a href="../reports/a.html#s1">a</a><a href="./reports/b-2014.html">b</a><a href="districts/x.html">x</a>';
  expect(reportLinks(html)).toBe(2);
});

test('changing one seed adds a sentence to its first long paragraph and nothing else', () => {
  const text = ['标题', '日期', '区长', '各位代表:', '现在,我代表政府作报告。', '短行', '长'.repeat(70), '结尾'].join('\n');
  const changed = changeOneSeed(text);
  expect(changed).not.toBe(text);
  expect(changed.split('\n')).toHaveLength(8);
  expect(changed.split('\n')[6]).toBe(`${'长'.repeat(70)}本句为基准测试所加。`);
});

test('markdown table', () => {
  expect(markdownTable(['a', 'b'], [[1, 'x']])).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
});

describe('CPU profiles', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
  // root → ingest → clean → opencc; ingest → toMdx; root → (garbage collector)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
      { id: 2, callFrame: frame('ingest', 'file:///p/src/ingest/index.ts'), children: [3, 5] },
      { id: 3, callFrame: frame('clean', 'file:///p/src/ingest/clean.ts'), children: [4] },
      { id: 4, callFrame: frame('convert', 'file:///p/node_modules/opencc-js/dist/esm/full.js') },
      { id: 5, callFrame: frame('toMdx', 'file:///p/src/ingest/to-mdx.ts') },
      { id: 6, callFrame: frame('(garbage collector)', '') },
    ],
    samples: [4, 4, 3, 5, 6, 2],
    timeDeltas: [1000, 1000, 1000, 2000, 4000, 1000],
    startTime: 0,
    endTime: 10_000,
  };

  test('buckets: packages (scoped too), project files, V8 entries', () => {
    expect(bucketOf('file:///p/node_modules/@mdx-js/mdx/lib/core.js', 'x', '/p')).toBe('@mdx-js/mdx');
    expect(bucketOf('file:///p/node_modules/a/node_modules/b/i.js', 'x', '/p')).toBe('b');
    expect(bucketOf('file:///p/src/ingest/clean.ts', 'clean', '/p')).toBe('src/ingest/clean.ts');
    expect(bucketOf('node:internal/fs', 'x', '/p')).toBe('node (built-in modules)');
    expect(bucketOf('', '(garbage collector)', '/p')).toBe('(garbage collector)');
  });

  test('self time by bucket, largest first, with shares', () => {
    const shares = selfTimeByBucket(profile, '/p');
    expect(shares.map((s) => [s.name, s.ms])).toEqual([
      ['(garbage collector)', 4],
      ['opencc-js', 2],
      ['src/ingest/to-mdx.ts', 2],
      ['src/ingest/clean.ts', 1],
      ['src/ingest/index.ts', 1],
    ]);
    expect(shares[0]?.share).toBeCloseTo(0.4);
  });

  test('inclusive time of named functions includes their callees', () => {
    const stages = new Set(['ingest', 'clean', 'toMdx']);
    const times = inclusiveTime(profile, (n) => (stages.has(n.callFrame.functionName) ? n.callFrame.functionName : undefined));
    expect(Object.fromEntries(times.map((s) => [s.name, s.ms]))).toEqual({ ingest: 6, clean: 3, toMdx: 2 });
  });
});
