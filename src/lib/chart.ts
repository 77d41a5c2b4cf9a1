/**
 * Geometry of a small line chart drawn as SVG at build time: scales, ticks, points and the line.
 * Pure numbers in, coordinates out; `IndicatorChart.astro` turns them into markup.
 */

export interface ChartInput {
  /** Position on the time axis (e.g. a year). */
  position: number;
  value: number;
  /** Label of the point on the time axis, e.g. `2013`. */
  xLabel: string;
  /** Label printed beside the point, e.g. `1,095`. */
  valueLabel: string;
  /** Drawn hollow (an estimate rather than an actual). */
  hollow: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Array<{ y: number; label: string }>;
  xTicks: Array<{ x: number; label: string }>;
  points: Array<{ cx: number; cy: number } & ChartInput>;
  /** SVG path data of the line through the points, in time order. */
  line: string;
}

/** A tick step of 1, 2 or 5 × 10ⁿ giving about `count` intervals over `range`. */
export function niceStep(range: number, count = 4): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

export function lineChart(
  input: ChartInput[],
  options: { width?: number; height?: number; formatTick: (value: number) => string },
): ChartGeometry {
  const width = options.width ?? 440;
  const height = options.height ?? 220;
  const plot = { left: 58, top: 28, right: width - 22, bottom: height - 34 };
  const data = [...input].sort((a, b) => a.position - b.position);
  if (data.length === 0) throw new Error('lineChart: expected at least one point, received none.');

  const values = data.map((d) => d.value);
  // Levels start at zero so bar-like comparisons are honest; negative changes extend below.
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const step = niceStep(max - min || Math.abs(max) || 1);
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top);

  const first = data[0]!.position;
  const last = data[data.length - 1]!.position;
  const span = last - first;
  const pad = span === 0 ? 1 : span * 0.08;
  const x = (p: number) => plot.left + ((p - (first - pad)) / (span + 2 * pad)) * (plot.right - plot.left);

  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = lo; v <= hi + step / 2; v += step) yTicks.push({ y: round(y(v)), label: options.formatTick(round(v)) });
  const points = data.map((d) => ({ ...d, cx: round(x(d.position)), cy: round(y(d.value)) }));
  return {
    width,
    height,
    plot,
    yTicks,
    xTicks: points.map((p) => ({ x: p.cx, label: p.xLabel })),
    points,
    line: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.cx} ${p.cy}`).join(' '),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
