/**
 * Geometry of the targets-against-outcomes chart (one row a target, a shared value axis): where
 * the target's bound and the outcome sit. Pure; `TargetChart.astro` draws it as SVG at build time.
 * The bound is drawn as its shape, so the chart reads without colour: `≥` a tick with an arrow to
 * the right, `≤` to the left, `≈` a band of ±5 %, a range a bar, a bare figure a tick.
 */
import type { TargetBound } from '../model.ts';
import { approxTolerance, type PairStatus } from './target-pairs.ts';

export interface TargetChartRow {
  label: string;
  bound: TargetBound;
  value: number;
  upper?: number;
  outcome?: number;
  estimate?: boolean;
  status: PairStatus;
}

export interface TargetChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Array<{ x: number; label: string }>;
  rows: Array<TargetChartRow & {
    y: number;
    /** The target's mark: from x1 to x2 (equal for a tick). */
    x1: number;
    x2: number;
    /** The arrow's direction for ≥ / ≤. */
    arrow?: 'right' | 'left';
    outcomeX?: number;
  }>;
}

const rowHeight = 26;

export function targetChart(rows: TargetChartRow[], opts: { width?: number; labelWidth?: number } = {}): TargetChartGeometry {
  const width = opts.width ?? 440;
  const left = opts.labelWidth ?? 118;
  const plot = { left, right: width - 24, top: 24, bottom: 24 + rows.length * rowHeight };
  const values = rows.flatMap((r) => [r.value, r.upper, r.outcome, r.bound === 'approx' ? r.value * (1 + approxTolerance) : undefined])
    .filter((v): v is number => v !== undefined);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const pad = (hi - lo) * 0.08;
  lo = lo < 0 ? lo - pad : lo;
  hi += pad;
  const x = (v: number) => plot.left + ((v - lo) / (hi - lo)) * (plot.right - plot.left);
  const step = niceStep((hi - lo) / 5);
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
    ticks.push({ x: x(v), label: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Math.round(v / step) * step) });
  }
  return {
    width,
    height: plot.bottom + 28,
    plot,
    ticks,
    rows: rows.map((r, i) => {
      const y = plot.top + i * rowHeight + rowHeight / 2;
      const band = r.bound === 'approx' ? Math.abs(r.value) * approxTolerance : 0;
      const x1 = x(r.bound === 'range' ? r.value : r.value - band);
      const x2 = x(r.bound === 'range' && r.upper !== undefined ? r.upper : r.value + band);
      const arrow = r.bound === 'min' || (r.bound === 'point' && r.value >= 0) ? 'right' : r.bound === 'max' || r.bound === 'point' ? 'left' : undefined;
      return { ...r, y, x1, x2, ...(arrow ? { arrow } : {}), ...(r.outcome !== undefined ? { outcomeX: x(r.outcome) } : {}) };
    }),
  };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}
