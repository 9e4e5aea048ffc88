// The content loaders of the Astro build (src/content.config.ts). The reports loader runs the one content check
// (check-content.ts) before anything renders, so any error in any file stops the build with every problem listed.
// The store keeps a small record per report; the full report is a JSON file in Astro's cache folder, named by the
// file's digest, that the pages needing it read when they render (src/site/data.ts), and the data files are written
// from (src/site/report-data/). Only files that changed are parsed, on worker threads when there are many.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { diagnostic } from '../model/diagnostics.ts';
import { PARSER_VERSION } from '../pipeline/parse-report.ts';
import { buildScope, inScope } from './build-scope.ts';
import { checkContent, registryOf, siteOf, type ReadReport, type ReportInput } from './check-content.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { displayPath } from './content-files.ts';
import type { ParseTask } from './parse-file.ts';
import { parseAll } from './pool.ts';
import { errorsAmong, formatProblem, type FileDiagnostic } from './problems.ts';
import type { ReportRecord } from './record.ts';
import { publishedReports, writeReportList } from './report-list.ts';

const REPORTS_DIR = join(CONTENT_DIR, 'reports');
const PROGRESS_EVERY = 1000;

/** The parser version, the path and a PDF's given identity are part of the digest: a change to any re-parses. */
async function digestOf(file: ReportInput): Promise<string> {
  const hash = createHash('sha256').update(`${PARSER_VERSION}\0${file.file}\0`);
  if (file.given) hash.update(`${JSON.stringify(file.given)}\0`);
  return hash.update(await readFile(file.path)).digest('hex').slice(0, 32);
}

/** Files that are new, changed, or whose full report is missing from the cache. */
async function staleFiles(store: LoaderContext['store'], files: readonly ReportInput[], cacheDir: string): Promise<ParseTask[]> {
  const tasks: ParseTask[] = [];
  for (const f of files) {
    const digest = await digestOf(f);
    const detail = join(cacheDir, `${digest}.json`);
    const stored = store.get(f.name)?.data as ReportRecord | undefined;
    if (stored?.digest !== digest || stored.detail !== detail || !existsSync(detail)) tasks.push({ id: f.name, path: f.path, file: f.file, given: f.given, digest, detail });
  }
  return tasks;
}

/** Problems as one error, so that an editor fixes all files in one pass instead of one per build. */
function stop(problems: readonly FileDiagnostic[]): never {
  throw new Error(`报告中有 ${problems.length} 处错误：\n${problems.map(formatProblem).join('\n')}`);
}

async function loadReports({ store, parseData, logger, config }: LoaderContext): Promise<void> {
  const cacheDir = fileURLToPath(new URL('reports/', config.cacheDir));
  await mkdir(cacheDir, { recursive: true });
  const failures: FileDiagnostic[] = [];
  let parsed = 0;
  const read = async (files: readonly ReportInput[]): Promise<ReadReport<ReportRecord>[]> => {
    const tasks = await staleFiles(store, files, cacheDir);
    parsed = tasks.length;
    // A large content folder takes minutes to parse the first time: say how far it is.
    const progress = (done: number) => {
      if (done % PROGRESS_EVERY === 0) logger.info(`已解析 ${done}/${tasks.length} 份报告`);
    };
    const fresh = new Map((await parseAll(tasks, progress)).map((r) => [r.id, r]));
    return files.flatMap((file) => {
      const result = fresh.get(file.name);
      if (result?.record === null) {
        failures.push({ file: file.file, diagnostic: diagnostic('MZ-PARSE-FAILED', 1, result.failure) });
        return [];
      }
      const record = result?.record ?? (store.get(file.name)!.data as ReportRecord);
      return [{ file, report: record, diagnostics: record.errors }];
    });
  };
  const checked = await checkContent(CONTENT_DIR, read, true);
  const errors = [...failures, ...errorsAmong(checked.problems)];
  if (errors.length > 0) stop(errors);
  await writeReportList(fileURLToPath(config.cacheDir), publishedReports(checked));
  for (const { file, report } of checked.reports) {
    if (store.get(file.name)?.digest !== report.digest) store.set({ id: file.name, data: await parseData({ id: file.name, data: report }), digest: report.digest, filePath: file.file });
  }
  const ids = new Set(checked.reports.map((r) => r.file.name));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  await pruneCache(cacheDir, new Set(checked.reports.map((r) => r.report.detail)));
  const warnings = checked.problems.length - errors.length;
  logger.info(`已读取 ${checked.reports.length} 份报告，其中 ${parsed} 份重新解析（解析器 ${PARSER_VERSION}）${warnings > 0 ? `；另有 ${warnings} 条警告或提示，运行 npm run check 查看` : ''}`);
}

/** Full reports of files that changed or went away. */
async function pruneCache(dir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!keep.has(join(dir, name))) await rm(join(dir, name), { force: true });
  }
}

/** Watchers already listening: Astro may call load() again in one dev session. */
const watched = new WeakSet<object>();

export const reportsLoader: Loader = {
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

export const bureausLoader: Loader = {
  name: 'mingzhang-bureaus',
  // The registry's problems stop the build in the reports loader's content check, listed with every other problem.
  async load({ store, parseData }) {
    const { bureaus } = registryOf(CONTENT_DIR);
    const scope = buildScope(siteOf(CONTENT_DIR).config);
    const file = displayPath(join(CONTENT_DIR, 'bureaus.yaml'));
    store.clear();
    for (const b of bureaus.filter((b) => inScope(b, scope))) store.set({ id: b.id, data: await parseData({ id: b.id, data: b }), filePath: file });
  },
};
