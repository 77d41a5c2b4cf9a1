/**
 * Read a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file) and say where the time went:
 * self time by package or project file, and inclusive time of named functions (the ingest stages).
 * Pure: the parsed profile in, numbers out.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Share {
  name: string;
  ms: number;
  /** Share of the profile's sampled time, 0–1. */
  share: number;
}

/** Self time (µs) of each node id. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return self;
}

/**
 * Where a function lives: `astro`, `@mdx-js/mdx`, `src/ingest/clean.ts`, `node:internal`, or V8's
 * own entries (`(garbage collector)`, `(program)`, `(idle)`).
 */
export function bucketOf(url: string, functionName: string, projectRoot: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  if (inModules?.[1]) return inModules[1];
  if (path.startsWith('node:')) return 'node (built-in modules)';
  const root = projectRoot.endsWith('/') ? projectRoot : `${projectRoot}/`;
  return path.startsWith(root) ? path.slice(root.length).replace(/\?.*$/, '') : path;
}

/** Self time summed by bucket, largest first. */
export function selfTimeByBucket(profile: CpuProfile, projectRoot: string): Share[] {
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byBucket = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id);
    if (!t) continue;
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName, projectRoot);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + t);
  }
  return [...byBucket]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}

/**
 * Inclusive time of the functions `keyOf` names (a stage: `clean`), counted once per call tree even
 * when the function recurses or calls another named one (an inner named function's time is also
 * its own entry: shares of nested keys overlap).
 */
export function inclusiveTime(
  profile: CpuProfile,
  keyOf: (node: CpuProfileNode) => string | undefined,
): Share[] {
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const childIds = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  const sums = new Map<string, number>();
  // Iterative walk (call trees can be deep): each frame carries the keys active above it.
  const stack: Array<{ id: number; active: ReadonlySet<string> }> = profile.nodes
    .filter((n) => !childIds.has(n.id))
    .map((n) => ({ id: n.id, active: new Set<string>() }));
  while (stack.length > 0) {
    const { id, active } = stack.pop()!;
    const node = byId.get(id);
    if (!node) continue;
    const key = keyOf(node);
    const here = key && !active.has(key) ? new Set([...active, key]) : active;
    const t = self.get(id) ?? 0;
    if (t) for (const k of here) sums.set(k, (sums.get(k) ?? 0) + t);
    for (const child of node.children ?? []) stack.push({ id: child, active: here });
  }
  return [...sums]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}

/** Total sampled time of a profile, in ms. */
export function sampledMs(profile: CpuProfile): number {
  return profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
}
