// The data step: each report's data files, written into Astro's cache folder once per changed report and linked
// into the site when the pages are done. A report's folder is named by a key of everything its files are made of
// (the code, the site's settings and base, the report and its provenance), so an unchanged report costs nothing
// and a changed one is written whole, into a folder of its own that replaces nothing until it is complete.
import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readReportList } from '../../load/report-list.ts';
import type { Report } from '../../model/schema.ts';
import { isPdfFile } from '../../pipeline/parse-bytes.ts';
import { DATA_PATH, ORIGINAL_PDF, reportDataPath } from '../downloads.ts';
import { reportUrl, url } from '../paths.ts';
import { provenanceOf } from '../provenance.ts';
import { siteConfig } from '../site-config.ts';
import { reportFiles, type DataFile } from './files.ts';

const SRC = resolve(import.meta.dirname, '../..');

/** One report's files: where they go under the site root, where they are kept, and its PDF, copied as published. */
export interface DataFolder {
  path: string;
  dir: string;
  pdf: string | null;
}

export interface DataStep {
  folders: DataFolder[];
  /** How many reports' files were written by this build rather than kept from an earlier one. */
  written: number;
}

/** Every module the files are made by: a change to any may change them. */
async function codeHash(): Promise<Hash> {
  const hash = createHash('sha256');
  const modules = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const m of modules) hash.update(`${m}\0`).update(await readFile(join(SRC, m))).update('\0');
  return hash;
}

const readReport = async (detail: string) => JSON.parse(await readFile(detail, 'utf8')) as Report;

async function writeFolder(dir: string, files: readonly DataFile[]): Promise<void> {
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const f of files) await writeFile(join(partial, f.name), f.text);
  await rename(partial, dir);
}

/** Folders of reports that changed or went away. */
async function prune(root: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(root)) if (!keep.has(join(root, name))) await rm(join(root, name), { recursive: true, force: true });
}

/** Writes the files of every report the loader listed in `cacheDir` whose folder is not there yet. */
export async function writeReportData(cacheDir: string): Promise<DataStep> {
  const root = join(cacheDir, 'data');
  await mkdir(root, { recursive: true });
  const common = (await codeHash()).update(`${JSON.stringify(siteConfig())}\0${url()}\0`);
  const folders: DataFolder[] = [];
  let written = 0;
  for (const listed of await readReportList(cacheDir)) {
    const entry = { ...listed, url: reportUrl(listed) };
    const dir = join(root, common.copy().update(JSON.stringify([entry, provenanceOf(entry.report)])).digest('hex').slice(0, 32));
    if (!existsSync(dir)) {
      await writeFolder(dir, reportFiles(entry, await readReport(entry.report.detail)));
      written++;
    }
    // report.file is the path as the build names it, relative to the folder it runs in ("content/reports/…").
    folders.push({ path: reportDataPath(entry), dir, pdf: isPdfFile(entry.report.file) ? resolve(entry.report.file) : null });
  }
  await prune(root, new Set(folders.map((f) => f.dir)));
  return { folders, written };
}

/** A hard link costs no copy; a site folder on another file system gets copies. */
const linkOrCopy = (from: string, to: string) => link(from, to).catch(() => copyFile(from, to));

/** Puts every report's files under `outDir`/data/reports/, replacing what an earlier build left there. */
export async function placeReportData(outDir: string, folders: readonly DataFolder[]): Promise<void> {
  await rm(join(outDir, DATA_PATH, 'reports'), { recursive: true, force: true });
  for (const f of folders) {
    const target = join(outDir, f.path);
    await mkdir(target, { recursive: true });
    for (const name of await readdir(f.dir)) await linkOrCopy(join(f.dir, name), join(target, name));
    if (f.pdf) await copyFile(f.pdf, join(target, ORIGINAL_PDF));
  }
}
