// Parses many report files at once on every core: one worker thread per core, each taking the next file when it
// is done with one. A handful of text files (an editor's change) is parsed inline, as starting workers costs more.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isPdfFile } from '../pipeline/parse-bytes.ts';
import { parseFile, type ParseResult, type ParseTask } from './parse-file.ts';

/** Below this much work per thread a worker's start-up (loading the parser, ~0.3 s) is not worth it. */
const MIN_WORK_PER_THREAD = 8;
/** A PDF (tens of pages at ~15 ms each) is worth a thread of its own; a text file takes a few ms. */
const workOf = (task: ParseTask) => (isPdfFile(task.file) ? MIN_WORK_PER_THREAD : 1);

/** `progress` is called with the number of files done after each file. */
export async function parseAll(tasks: readonly ParseTask[], progress: (done: number) => void): Promise<ParseResult[]> {
  const work = tasks.reduce((sum, t) => sum + workOf(t), 0);
  const threads = Math.min(availableParallelism(), tasks.length, Math.floor(work / MIN_WORK_PER_THREAD));
  return threads <= 1 ? parseInline(tasks, progress) : parseOnWorkers(tasks, threads, progress);
}

async function parseInline(tasks: readonly ParseTask[], progress: (done: number) => void): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for (const task of tasks) {
    results.push(await parseFile(task));
    progress(results.length);
  }
  return results;
}

function parseOnWorkers(tasks: readonly ParseTask[], threads: number, progress: (done: number) => void): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      const feed = () => {
        if (next < tasks.length) worker.postMessage(tasks[next++]);
        else worker.terminate().then(() => done(), fail);
      };
      worker.on('message', (result: ParseResult) => {
        results.push(result);
        progress(results.length);
        feed();
      });
      worker.on('error', fail);
      feed();
    });
  return Promise.all(Array.from({ length: threads }, run)).then(() => results);
}
