// Worker thread of the search step (pagefind.ts): indexes each folder it is sent with a Pagefind service of its own,
// and stops that service when told to close. Pagefind's Node API keeps one service per module instance, and one
// service works through two indexes given to it at once largely in turn (two shards of 250 report pages: 15 s
// together, 10 s in two services), so each core's thread brings its own.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export interface ShardJob {
  /** Folder of the shard's pages, at their paths in the site. */
  folder: string;
  /** Where the bundle is written. */
  out: string;
}

/** No step when the bundle was written; else the step that failed and Pagefind's messages. */
export interface ShardOutcome {
  step?: string;
  errors: string[];
}

async function indexFolder({ folder, out }: ShardJob): Promise<ShardOutcome> {
  const { index, errors } = await pagefind.createIndex();
  if (!index || errors.length > 0) return { step: 'createIndex', errors };
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length > 0) return { step: 'addDirectory', errors: added.errors };
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) return { step: 'writeFiles', errors: written.errors };
  // The service holds each index until it is deleted: free it before the next shard.
  await index.deleteIndex();
  return { errors: [] };
}

parentPort!.on('message', async (job: ShardJob | 'close') => {
  // A service that cannot start or stops (no binary, killed) rejects instead of returning errors.
  if (job !== 'close') return parentPort!.postMessage(await indexFolder(job).catch((e: Error): ShardOutcome => ({ step: 'service', errors: [e.message] })));
  await pagefind.close();
  parentPort!.close();
});
