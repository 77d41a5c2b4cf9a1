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
  /**
   * A worker could not start (e.g. a runtime whose worker threads cannot load TypeScript, such as
   * tsx on Node 20): its seeds run on this thread instead, and this says why.
   */
  onWorkerLost?: (error: unknown) => void;
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
  /** Seeds handed to a worker that could not start. */
  const orphans: IngestTask[] = [];
  const workersDone = Array.from({ length: Math.max(0, options.threads - 1) }, () => {
    // execArgv is inherited: under tsx the worker gets tsx's loader and reads TypeScript.
    const worker = new Worker(workerUrl, { workerData: { knowledge: options.knowledge } });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      const holding: IngestTask[] = [];
      let started = false;
      const feed = () => {
        for (let task = holding.length < perWorker ? take() : undefined; task; task = holding.length < perWorker ? take() : undefined) {
          worker.postMessage(task);
          holding.push(task);
        }
        if (holding.length === 0) resolve();
      };
      worker.on('message', (result: TaskResult) => {
        started = true;
        holding.splice(holding.findIndex((task) => task.index === result.index), 1);
        record(result);
        feed();
      });
      worker.on('error', (error) => {
        // One that never started hands its seeds back; one that dies mid-run is a bug: the run stops.
        if (started) return reject(error);
        orphans.push(...holding.splice(0));
        options.onWorkerLost?.(error);
        resolve();
      });
      worker.on('exit', (code) => {
        if (holding.length > 0) reject(new Error(`ingest worker stopped (exit code ${code}) with ${holding.length} seeds unfinished`));
      });
      feed();
    });
  });
  const hereDone = (async () => {
    for (let task = take() ?? orphans.shift(); task; task = take() ?? orphans.shift()) {
      record(await runTask(task, options.knowledge));
      await nextTurn(); // let the workers' results in, and feed them
    }
  })();

  try {
    await Promise.all([hereDone, ...workersDone]);
    // Seeds of a worker that failed after this thread had run out of work.
    for (let task = orphans.shift(); task; task = orphans.shift()) record(await runTask(task, options.knowledge));
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
