import { describe, expect, test } from 'vitest';
import { toSimplified } from '../../src/ingest/clean.ts';

describe('variant characters of careless converters', () => {
  test('are read as the standard character before OpenCC (勣 would become 𪟝)', () => {
    expect(toSimplified('首先廻顧了2023年的成勣,以“百千萬工程”爲縂抓手,郃理增長,竝不容易,曏全會作報告,爭儅示範,衹爭朝夕,見傚,結搆,鄕村')).toBe(
      '首先回顾了2023年的成绩,以“百千万工程”为总抓手,合理增长,并不容易,向全会作报告,争当示范,只争朝夕,见效,结构,乡村',
    );
  });
});
