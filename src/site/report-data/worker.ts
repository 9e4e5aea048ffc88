// The data step on a thread of its own, so that it runs while Astro renders the pages on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { setBase } from '../paths.ts';
import { writeReportData } from './step.ts';

const { cacheDir, base } = workerData as { cacheDir: string; base: string };
setBase(base);
parentPort!.postMessage(await writeReportData(cacheDir));
