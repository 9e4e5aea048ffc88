// Content collections: every report under content/reports/ parsed once into plain JSON, and the bureau registry.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseReportBytes } from './core/parse-bytes.ts';
import { PARSER_VERSION } from './core/parse-report.ts';
import { Bureau, loadRegistry } from './core/registry.ts';
import { Report } from './core/schema.ts';

// MZ_CONTENT points the build at another content folder (tests and the benchmark build generated corpora).
const CONTENT_DIR = resolve(process.env.MZ_CONTENT ?? 'content');
const REPORTS_DIR = join(CONTENT_DIR, 'reports');
const REGISTRY_FILE = join(CONTENT_DIR, 'bureaus.yaml');

/** Paths under the reports folder ("<bureau>/<year>/<name>.txt") of every report file, sorted for stable output. */
async function reportFiles(): Promise<string[]> {
  const names = await readdir(REPORTS_DIR, { recursive: true });
  return names.map((n) => n.split('\\').join('/')).filter((n) => /\.(txt|md)$/i.test(n)).sort();
}

/** Entry id: the path under content/reports/ without extension, e.g. "shaoyang-ybj/2023/部门决算". */
const entryId = (name: string) => name.replace(/\.(txt|md)$/i, '');

/** The path diagnostics name: relative to the working folder, with "/" on every platform ("content/reports/…"). */
const displayPath = (path: string) => relative(process.cwd(), path).split('\\').join('/');

async function loadReports({ store, generateDigest, parseData, logger }: LoaderContext): Promise<void> {
  const names = await reportFiles();
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const id = entryId(name);
    const file = displayPath(join(REPORTS_DIR, name));
    seen.add(id);
    const bytes = await readFile(join(REPORTS_DIR, name));
    // The parser version is part of the digest so that a parser change re-parses unchanged files.
    const digest = generateDigest(`${PARSER_VERSION}\0${file}\0${bytes.toString('latin1')}`);
    let report = store.get(id)?.digest === digest ? (store.get(id)!.data as Report) : null;
    if (!report) {
      try {
        report = await parseData({ id, data: parseReportBytes(bytes, file) as Record<string, unknown> }) as Report;
      } catch (e) {
        errors.push(`${file}:1 解析失败：${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      store.set({ id, data: report, digest, filePath: file });
    }
    // Multi-line messages are indented so that every error still starts a line with path:line.
    for (const d of report.diagnostics) if (d.severity === 'error') errors.push(`${file}:${d.line} ${d.message.replace(/\n/g, '\n    ')} [${d.code}]`);
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (errors.length > 0) {
    // One error listing every problem, so an editor fixes all files in one pass instead of one per build.
    throw new Error(`报告中有 ${errors.length} 处错误：\n${errors.join('\n')}`);
  }
  logger.info(`已读取 ${names.length} 份报告（解析器 ${PARSER_VERSION}）`);
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
  reports: defineCollection({ loader: reportsLoader, schema: Report }),
  bureaus: defineCollection({ loader: bureausLoader, schema: Bureau }),
};
