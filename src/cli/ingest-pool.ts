/**
 * Run ingest tasks on several threads: this one and `threads - 1` worker threads
 * (src/cli/ingest-worker.ts). The pipeline is pure per seed, so seeds are independent. The main
 * thread takes seeds too (its modules are loaded already, and on a 2-core machine a second worker
 * would only add start-up), yielding between seeds so the workers are fed; each worker holds two
 * seeds, so it never waits for the next one. Results go to `onResult` as they arrive (progress,
 * cache) and come back in task order, so the output never depends on which thread was faster.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../ingest/knowledge.ts';
import { runTask, type IngestTask, type TaskResult } from './ingest-task.ts';

export interface PoolOptions {
  /** Threads in all, this one included (so at least 2). */
  threads: number;
  /** Plain data (arrays, maps, objects): copied to each worker once, never parsed again there. */
  knowledge: Knowledge;
  onResult?: (result: TaskResult) => void;
}

const workerUrl = new URL('./ingest-worker.ts', import.meta.url);
/** Seeds a worker holds at once: the one it runs and the next. */
const perWorker = 2;

export async function runInThreads(tasks: readonly IngestTask[], options: PoolOptions): Promise<TaskResult[]> {
  const results = new Map<number, TaskResult>();
  let next = 0;
  let stopped = false;
  const take = (): IngestTask | undefined => (stopped ? undefined : tasks[next++]);
  const record = (result: TaskResult) => {
    results.set(result.index, result);
    options.onResult?.(result);
  };

  const workers: Worker[] = [];
  const workersDone = Array.from({ length: Math.max(0, options.threads - 1) }, () => {
    // execArgv is inherited: under tsx the worker gets tsx's loader and reads TypeScript.
    const worker = new Worker(workerUrl, { workerData: { knowledge: options.knowledge } });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      let holding = 0;
      const feed = () => {
        for (let task = holding < perWorker ? take() : undefined; task; task = holding < perWorker ? take() : undefined) {
          worker.postMessage(task);
          holding += 1;
        }
        if (holding === 0) resolve();
      };
      worker.on('message', (result: TaskResult) => {
        holding -= 1;
        record(result);
        feed();
      });
      // A worker that cannot start or dies is a bug, not a bad seed: the run stops with it.
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (holding > 0) reject(new Error(`ingest worker stopped (exit code ${code}) with ${holding} seeds unfinished`));
      });
      feed();
    });
  });
  const hereDone = (async () => {
    for (let task = take(); task; task = take()) {
      record(runTask(task, options.knowledge));
      await nextTurn(); // let the workers' results in, and feed them
    }
  })();

  try {
    await Promise.all([hereDone, ...workersDone]);
  } finally {
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return tasks.map((task) => {
    const result = results.get(task.index);
    if (!result) throw new Error(`ingest: no result for ${task.path}`);
    return result;
  });
}
