// Parses many report files at once on every core: one worker thread per core, each taking the next file when it
// is done with one. A handful of files (an editor's change) is parsed inline, as starting workers costs more.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParseResult, type ParseTask } from './parse-file.ts';

/** Below this many files per thread a worker's start-up (loading the parser, ~0.3 s) is not worth it. */
const MIN_TASKS_PER_THREAD = 8;

/** `progress` is called with the number of files done after each file. */
export async function parseAll(tasks: readonly ParseTask[], progress: (done: number) => void): Promise<ParseResult[]> {
  const threads = Math.min(availableParallelism(), Math.floor(tasks.length / MIN_TASKS_PER_THREAD));
  if (threads <= 1) {
    return tasks.map((task, i) => {
      const result = parseFile(task);
      progress(i + 1);
      return result;
    });
  }
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
  await Promise.all(Array.from({ length: threads }, run));
  return results;
}
