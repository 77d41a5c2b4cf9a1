/**
 * `Promise.all(items.map(fn))` with at most `limit` calls under way: file I/O in parallel (the
 * thread pool overlaps the system calls) without opening thousands of files at once. Results in
 * item order. After a call fails no new one starts; the first failure is thrown once every started
 * call has settled, so nothing is still writing when the caller cleans up.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
  return results;
}
