// Content collections: every report under content/reports/ parsed once, and the bureau registry. The store keeps
// a small record per report; the full report is a JSON file in Astro's cache folder, named by the file's digest,
// that the pages needing it read when they render (src/site/data.ts). So the store, and everything built from it,
// stays small however many reports there are.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PARSER_VERSION } from './pipeline/parse-report.ts';
import { Bureau, loadRegistry } from './load/registry.ts';
import type { ParseTask } from './load/parse-file.ts';
import { parseAll } from './load/pool.ts';
import { ReportRecord } from './load/record.ts';
import { CONTENT_DIR } from './load/content-dir.ts';

const REPORTS_DIR = join(CONTENT_DIR, 'reports');
const REGISTRY_FILE = join(CONTENT_DIR, 'bureaus.yaml');
const PROGRESS_EVERY = 1000;

/** Paths under the reports folder ("<bureau>/<year>/<name>.txt") of every report file, sorted for stable output. */
async function reportFiles(): Promise<string[]> {
  const names = await readdir(REPORTS_DIR, { recursive: true });
  return names.map((n) => n.split('\\').join('/')).filter((n) => /\.(txt|md)$/i.test(n)).sort();
}

/** Entry id: the path under content/reports/ without extension, e.g. "shaoyang-ybj/2023/部门决算". */
const entryId = (name: string) => name.replace(/\.(txt|md)$/i, '');

/** The path diagnostics name: relative to the working folder, with "/" on every platform ("content/reports/…"). */
const displayPath = (path: string) => relative(process.cwd(), path).split('\\').join('/');

/** The parser version and the path are part of the digest: a parser change re-parses unchanged files. */
async function digestOf(path: string, file: string): Promise<string> {
  return createHash('sha256').update(`${PARSER_VERSION}\0${file}\0`).update(await readFile(path)).digest('hex').slice(0, 32);
}

/** Files that are new, changed, or whose full report is missing from the cache. */
async function staleFiles(store: LoaderContext['store'], names: string[], cacheDir: string): Promise<ParseTask[]> {
  const tasks: ParseTask[] = [];
  for (const name of names) {
    const id = entryId(name);
    const path = join(REPORTS_DIR, name);
    const file = displayPath(path);
    const digest = await digestOf(path, file);
    const detail = join(cacheDir, `${digest}.json`);
    const stored = store.get(id)?.data as ReportRecord | undefined;
    if (stored?.digest !== digest || stored.detail !== detail || !existsSync(detail)) tasks.push({ id, path, file, digest, detail });
  }
  return tasks;
}

async function loadReports({ store, parseData, logger, config }: LoaderContext): Promise<void> {
  const cacheDir = fileURLToPath(new URL('reports/', config.cacheDir));
  await mkdir(cacheDir, { recursive: true });
  const names = await reportFiles();
  const tasks = await staleFiles(store, names, cacheDir);
  const failures: string[] = [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  // A large content folder takes minutes to parse the first time: say how far it is.
  const progress = (done: number) => {
    if (done % PROGRESS_EVERY === 0) logger.info(`已解析 ${done}/${tasks.length} 份报告`);
  };
  for (const result of await parseAll(tasks, progress)) {
    const task = byId.get(result.id)!;
    if (result.record === null) failures.push(`${task.file}:1 解析失败：${result.failure}`);
    else store.set({ id: result.id, data: await parseData({ id: result.id, data: result.record }), digest: task.digest, filePath: task.file });
  }
  const ids = new Set(names.map(entryId));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  await pruneCache(cacheDir, new Set(store.values().map((e) => (e.data as ReportRecord).detail)));
  const errors = [...failures, ...reportErrors(store.values().map((e) => e.data as ReportRecord))];
  if (errors.length > 0) {
    // One error listing every problem, so an editor fixes all files in one pass instead of one per build.
    throw new Error(`报告中有 ${errors.length} 处错误：\n${errors.join('\n')}`);
  }
  logger.info(`已读取 ${names.length} 份报告，其中 ${tasks.length} 份重新解析（解析器 ${PARSER_VERSION}）`);
}

/** Multi-line messages are indented so that every error still starts a line with path:line. */
function reportErrors(records: ReportRecord[]): string[] {
  return records.flatMap((r) => r.errors.map((d) => `${r.file}:${d.line} ${d.message.replace(/\n/g, '\n    ')} [${d.code}]`));
}

/** Full reports of files that changed or went away. */
async function pruneCache(dir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!keep.has(join(dir, name))) await rm(join(dir, name), { force: true });
  }
}

/** Watchers already listening: Astro may call load() again in one dev session. */
const watched = new WeakSet<object>();

const reportsLoader: Loader = {
  name: 'mingzhang-reports',
  async load(context) {
    await loadReports(context);
    // In `astro dev`, re-read when a report changes; builds have no watcher.
    const { watcher } = context;
    if (!watcher || watched.has(watcher)) return;
    watched.add(watcher);
    watcher.add(REPORTS_DIR);
    watcher.on('all', (_event, path) => {
      if (path.startsWith(REPORTS_DIR)) loadReports(context).catch((e) => context.logger.error(e instanceof Error ? e.message : String(e)));
    });
  },
};

const bureausLoader: Loader = {
  name: 'mingzhang-bureaus',
  async load({ store, parseData }) {
    const bureaus = loadRegistry(await readFile(REGISTRY_FILE, 'utf8'));
    store.clear();
    for (const b of bureaus) store.set({ id: b.id, data: await parseData({ id: b.id, data: b }), filePath: displayPath(REGISTRY_FILE) });
  },
};

export const collections = {
  reports: defineCollection({ loader: reportsLoader, schema: ReportRecord }),
  bureaus: defineCollection({ loader: bureausLoader, schema: Bureau }),
};
