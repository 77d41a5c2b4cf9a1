/**
 * A worker thread of the ingest pool (src/cli/ingest-pool.ts): receives the knowledge the main
 * thread parsed (a structured clone: no YAML parsed again, the same data in every thread), then
 * runs one seed per message and posts the result back. Started with the main thread's execArgv, so under tsx it
 * loads TypeScript the same way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../ingest/knowledge.ts';
import { runTask, type IngestTask } from './ingest-task.ts';

if (!parentPort) throw new Error('ingest-worker.ts runs as a worker thread of the ingest pool');
const port = parentPort;
const { knowledge } = workerData as { knowledge: Knowledge };
// Word and PDF are read asynchronously; the pool holds two seeds per worker, so both may be in flight.
port.on('message', (task: IngestTask) => void runTask(task, knowledge).then((result) => port.postMessage(result)));
