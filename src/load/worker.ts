// Worker thread of the parse pool: parses each task it is sent and posts the result back.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseTask } from './parse-file.ts';

parentPort!.on('message', async (task: ParseTask) => parentPort!.postMessage(await parseFile(task)));
