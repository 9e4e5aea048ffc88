// Search index: after Astro has written the site, Pagefind indexes the folder Astro built into (scripts/build.ts
// builds into a new folder under `<out>.builds/`, so never a fixed "dist") and writes one bundle per shard (src/search/shards.ts)
// under `pagefind/<shard>/`, and lists them in `pagefind/shards.json`, which the national portal's search page reads to
// merge this site's bundles with its own (src/load/build-scope.ts). A shard whose pages are byte for byte those of the previous build is copied from the
// build cache instead of being indexed again. Any error Pagefind reports fails the build with its message, so the
// previous site stays in place.
import { createHash, type Hash } from 'node:crypto';
import { cp, link, mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { ShardJob, ShardOutcome } from './shard-worker.ts';
import { copyWhole } from '../publish/output-dir.ts';
import { regionSites } from '../site/site-config.ts';
import { pageBudget } from './page-budget.ts';
import { byScope, SHARD_META, SHARD_PAGES } from './shards.ts';

/** Pagefind's ready-made interfaces and its web worker: the search page has its own accessible interface and searches
 * without a worker, so these would only be dead weight. */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js'];

const SHARD_PATTERN = new RegExp(`<meta name="${SHARD_META}" content="([^"]+)"`);

interface Shard {
  /** HTML files, relative to the site folder with "/". */
  pages: string[];
  hash: Hash;
}

interface IndexResult {
  pages: number;
  shards: number;
  reused: number;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

const fail = (step: string, errors: string[]) => new Error(`Pagefind 建立搜索索引失败（${step}）：\n${errors.join('\n')}`);

/** The shard a page names in its <head>, near the start: only the indexed pages are read whole. */
async function shardOf(path: string): Promise<string | undefined> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return SHARD_PATTERN.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1];
  } finally {
    await file.close();
  }
}

/** Every HTML page that names its shard, grouped by shard; each shard hashed over its pages' paths and bytes. */
async function shardsOf(dir: string): Promise<Map<string, Shard>> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(sep).join('/')).sort();
  const shards = new Map<string, Shard>();
  for (const file of files) {
    const name = await shardOf(join(dir, file));
    if (!name) continue;
    const html = await readFile(join(dir, file));
    let shard = shards.get(name);
    if (!shard) shards.set(name, (shard = { pages: [], hash: createHash('sha256') }));
    shard.pages.push(file);
    shard.hash.update(`${file}\0${html.length}\0`).update(html);
  }
  return shards;
}

/** A worker thread with its own Pagefind service (shard-worker.ts), indexing one folder at a time. */
function indexer() {
  const worker = new Worker(new URL('./shard-worker.ts', import.meta.url));
  const exited = new Promise<void>((done) => worker.once('exit', () => done()));
  const reply = <T>() => new Promise<T>((done, failed) => {
    const onError = (e: Error) => failed(fail('worker', [e.message]));
    worker.once('error', onError);
    worker.once('message', (m: T) => (worker.off('error', onError), done(m)));
  });
  return {
    async index(job: ShardJob): Promise<void> {
      const answer = reply<ShardOutcome>();
      worker.postMessage(job);
      const { step, errors } = await answer;
      if (step) throw fail(step, errors);
    },
    /** The thread stops its service and ends; one that failed has ended already. */
    close: () => (worker.postMessage('close'), exited),
  };
}

type Indexer = ReturnType<typeof indexer>;

/** Indexes a shard's folder of `pages` pages. */
type IndexFolder = (job: ShardJob, pages: number) => Promise<void>;

async function writeShard(dir: string, pages: string[], out: string, staging: string, index: IndexFolder): Promise<void> {
  // Pagefind reads a folder itself faster than pages sent to it one by one over its pipe; the shard's pages are
  // hard-linked into a folder of their own beside the site, at the same paths, so their URLs stay the same.
  await rm(staging, { recursive: true, force: true });
  for (const file of pages) {
    await mkdir(dirname(join(staging, file)), { recursive: true });
    await link(join(dir, file), join(staging, file));
  }
  try {
    await index({ folder: staging, out }, pages.length);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await Promise.all(UNUSED_UI.map((name) => rm(join(out, name), { force: true })));
}

/** Indexes the site in `dir`; `cacheDir` keeps each shard's bundle for the next build. */
async function indexSite(dir: string, cacheDir: string): Promise<IndexResult> {
  const shards = await shardsOf(dir);
  // Pages opt in with a shard <meta> and data-pagefind-body; none found means the templates lost them, unless this is
  // a national portal whose reports are all in its regions' sites.
  if (shards.size === 0 && regionSites().length === 0) throw fail('shards', ['没有页面被索引：报告页应带有搜索分片的 <meta> 和 data-pagefind-body。']);
  await writeShardList(dir, [...shards.keys()]);
  await mkdir(cacheDir, { recursive: true });
  const queue = [...shards].map(([name, shard]) => ({ name, pages: shard.pages, cached: cacheName(name, shard.hash.digest('hex')) }));
  const keep = new Set(queue.map((q) => q.cached));
  let reused = 0;
  // As many shards at once as there are cores and the page budget allows (Pagefind holds about 4 MB per page while it
  // indexes: two full shards side by side took a build of 10,000 reports to 9 GB), each on a thread and Pagefind
  // service of its own; a thread is only started for a shard that is not in the cache.
  const budget = pageBudget(SHARD_PAGES);
  const worker = async () => {
    let thread: Indexer | undefined;
    const index: IndexFolder = async (job, pages) => {
      await budget.take(pages);
      try {
        await (thread ??= indexer()).index(job);
      } finally {
        budget.give(pages);
      }
    };
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (await indexShard(dir, join(cacheDir, next.cached), next.name, next.pages, index)) reused++;
      }
    } finally {
      await thread?.close();
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  await pruneCache(cacheDir, keep);
  return { pages: [...shards.values()].reduce((n, s) => n + s.pages.length, 0), shards: shards.size, reused };
}

/** pagefind/shards.json: the latest scope's shards and the earlier years', as the search page takes them (shards.ts). */
async function writeShardList(dir: string, names: string[]): Promise<void> {
  await mkdir(join(dir, 'pagefind'), { recursive: true });
  await writeFile(join(dir, 'pagefind', 'shards.json'), JSON.stringify(byScope(names)));
}

/** "latest/1a2b3c4d" and its pages' hash → "latest-1a2b3c4d-<hash>": a cached bundle is named by what it indexes. */
const cacheName = (shard: string, hash: string) => `${shard.replace('/', '-')}-${hash}`;

/**
 * Writes the shard's bundle under pagefind/; true when it was copied from the cache, its pages being unchanged. A
 * bundle enters the cache whole or not at all (copyWhole): a build killed while copying leaves only a temporary
 * folder, which no build reuses and the next one prunes.
 */
async function indexShard(dir: string, cached: string, name: string, pages: string[], index: IndexFolder): Promise<boolean> {
  const out = join(dir, 'pagefind', name);
  if (await exists(cached)) {
    await cp(cached, out, { recursive: true });
    return true;
  }
  await writeShard(dir, pages, out, `${dir}.search-${basename(cached)}`, index);
  await copyWhole(out, cached);
  return false;
}

/** Bundles of shards the site no longer has. */
async function pruneCache(cacheDir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'mingzhang-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, shards, reused } = await indexSite(fileURLToPath(dir), cacheDir);
        logger.info(`搜索索引：${pages} 个页面，${shards} 个分片（其中 ${reused} 个与上次相同，直接沿用）`);
      },
    },
  };
}
