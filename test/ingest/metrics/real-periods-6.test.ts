/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r2220–r2521 (session 12's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { cutRun } from '../../../src/ingest/reflow.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('a text without line breaks is not cut at `；一、二、三产业…`, an enumeration, so its figures keep the year (r2400)', () => {
  const run = `全年完成地区生产总值153亿元,增长6%;一、二、三产业增加值分别增长5.5%、6.8%、5.6%,三次产业结构比重由2016年的23.7 : 38.1 : 38.2调整为23.1:38.2:38.7;工业总产值完成240.30亿元,增长6.5%。${'经济平稳发展。'.repeat(50)}`;
  const pieces = cutRun(run);
  expect(pieces.filter((piece) => /^[一二三]、/u.test(piece))).toEqual([]);
  const sentence = pieces.find((piece) => piece.includes('一、二、三产业')) ?? '';
  expect(read(reportData(2018, '2017'), part('review', '一、2017年工作回顾', sentence, '2017')).filter((f) => /^(?:240|5\.5%)/u.test(f))).toEqual([
    '5.5% 2017 actual',
    '240.30亿元 2017 actual industrial-output',
  ]);
});
