// The files of a content folder: the report files under reports/, and what else is there. Symbolic links are never
// followed: a link can point anywhere on the machine that builds, and what is published must be what the repository
// holds (and a dangling link or a loop must not stop the walk).
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeReport } from '../extract/decode.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type { FileDiagnostic } from './problems.ts';

/** Extensions of report files the build reads. */
const REPORT_FILE = /\.(txt|md)$/i;

export interface ReportFile {
  /** Absolute path. */
  path: string;
  /** Path under reports/ with "/" on every platform ("<bureau>/<year>/<name>.txt"). */
  name: string;
  /** The path diagnostics name, relative to the working folder ("content/reports/…"). */
  file: string;
}

export interface ContentFiles {
  reports: ReportFile[];
  problems: FileDiagnostic[];
}

export const displayPath = (path: string) => relative(process.cwd(), path).split(sep).join('/');

/** A folder or file an editor did not mean to publish is skipped: ".git", ".DS_Store" and the like. */
const hidden = (name: string) => name.startsWith('.');

export function listReports(contentDir: string): ContentFiles {
  const root = join(contentDir, 'reports');
  const found: ContentFiles = { reports: [], problems: [] };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (hidden(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) found.problems.push(symlink(path));
      else if (entry.isDirectory()) walk(path);
      else if (REPORT_FILE.test(entry.name)) found.reports.push({ path, name: relative(root, path).split(sep).join('/'), file: displayPath(path) });
      else if (entry.isFile()) found.problems.push({ file: displayPath(path), diagnostic: ignored(path) });
    }
  };
  if (lstatSync(root, { throwIfNoEntry: false })?.isSymbolicLink()) found.problems.push(symlink(root));
  else walk(root);
  return found;
}

/** A settings file of the content folder (bureaus.yaml, site.yaml): its text, null when absent, or why not read. */
export function readSettingsFile(path: string): { text: string | null; problem: FileDiagnostic | null } {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { text: null, problem: null };
  if (stat.isSymbolicLink()) return { text: null, problem: symlink(path) };
  return { text: readFileSync(path, 'utf8'), problem: null };
}

function symlink(path: string): FileDiagnostic {
  return { file: displayPath(path), diagnostic: diagnostic('MZ-INPUT-SYMLINK', 1, `指向 ${readlinkSync(path)}`) };
}

/** A file the build does not read: say so, and what it is when it is not text. */
function ignored(path: string) {
  const decoded = decodeReport(readFileSync(path));
  return diagnostic('MZ-INPUT-IGNORED', 1, decoded.ok ? '如果它是报告，请改名为 .txt。' : decoded.diagnostic.message);
}
