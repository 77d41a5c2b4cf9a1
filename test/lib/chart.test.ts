import { describe, expect, test } from 'vitest';
import { lineChart, niceStep } from '../../src/lib/chart.ts';

const pt = (position: number, value: number, hollow = false) => ({ position, value, xLabel: String(position), valueLabel: String(value), hollow });

describe('niceStep', () => {
  test('1, 2 or 5 times a power of ten', () => {
    expect(niceStep(3000)).toBe(1000);
    expect(niceStep(1095)).toBe(500);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(0)).toBe(1);
  });
});

describe('lineChart', () => {
  const g = lineChart([pt(2024, 3000, true), pt(2013, 1095)], { formatTick: String });
  test('points in time order, left to right, higher values higher up', () => {
    expect(g.points.map((p) => p.position)).toEqual([2013, 2024]);
    expect(g.points[0]!.cx).toBeLessThan(g.points[1]!.cx);
    expect(g.points[1]!.cy).toBeLessThan(g.points[0]!.cy);
    expect(g.points[1]!.hollow).toBe(true);
  });
  test('the y axis starts at zero and covers the largest value', () => {
    expect(g.yTicks[0]!.label).toBe('0');
    expect(Number(g.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(3000);
    expect(g.yTicks[0]!.y).toBe(g.plot.bottom);
  });
  test('every point inside the plot, one x tick per point, a line through all', () => {
    for (const p of g.points) {
      expect(p.cx).toBeGreaterThanOrEqual(g.plot.left);
      expect(p.cx).toBeLessThanOrEqual(g.plot.right);
      expect(p.cy).toBeGreaterThanOrEqual(g.plot.top);
    }
    expect(g.xTicks.map((t) => t.label)).toEqual(['2013', '2024']);
    expect(g.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });
  test('negative values extend the axis below zero', () => {
    const n = lineChart([pt(2013, -3.2), pt(2014, 5)], { formatTick: String });
    expect(Number(n.yTicks[0]!.label)).toBeLessThanOrEqual(-3.2);
  });
  test('no points is an error that says what was expected', () => {
    expect(() => lineChart([], { formatTick: String })).toThrow(/at least one point/);
  });
});
