// Provenance and corrections of every report in a content folder. Git is read once per folder (log and status),
// and earlier versions once per file that has them (one cat-file process for all): nothing runs per page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseReportBytes } from '../../pipeline/parse-bytes.ts';
import type { Provenance } from '../../model/schema.ts';
import { figureChanges, type FigureChange } from './figure-changes.ts';
import { readVersions } from './file-versions.ts';
import { readGitHistory, type Commit, type GitHistory } from './git-history.ts';

/** One commit that changed a report file, with the figures that differ from the version before it. */
export interface Revision {
  commit: string;
  time: string;
  previousCommit: string;
  changes: FigureChange[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class ContentHistory {
  private readonly git: GitHistory | null;
  private revisionsByFile: Map<string, Revision[]> | null = null;

  constructor(dir: string) {
    this.git = readGitHistory(dir);
  }

  /** Whether the folder has git history at all: without it no correction can be listed. */
  get tracked(): boolean {
    return this.git !== null;
  }

  /** `file` as the report names it (relative to the working folder); the provenance names it by its path in the
   * repository when there is one. */
  provenance(file: string, sourceUrl: string | null): Provenance {
    const path = realpathSync(resolve(file));
    const commits = this.git?.commits.get(path) ?? [];
    const committed = commits.length > 0 && !this.git!.uncommitted.has(path);
    return {
      file: this.git ? relative(this.git.root, path).split('\\').join('/') : file,
      sha256: sha256(readFileSync(path)),
      lastChanged: committed
        ? { time: commits[0].time, from: 'git', commit: commits[0].hash }
        : { time: statSync(path).mtime.toISOString(), from: 'file', commit: null },
      sourceUrl,
    };
  }

  /** Corrections of the file, newest first; empty when it has one version or there is no history. */
  revisions(file: string): Revision[] {
    this.revisionsByFile ??= this.readRevisions();
    return this.revisionsByFile.get(realpathSync(resolve(file))) ?? [];
  }

  private readRevisions(): Map<string, Revision[]> {
    const result = new Map<string, Revision[]>();
    if (!this.git) return result;
    const { root, commits } = this.git;
    const corrected = [...commits].filter(([path, list]) => list.length > 1 && existsSync(path));
    const specs = corrected.flatMap(([path, list]) => list.map((c) => `${c.hash}:${relative(root, path).split('\\').join('/')}`));
    const texts = readVersions(root, specs);
    let at = 0;
    for (const [path, list] of corrected) {
      result.set(path, revisionsOf(relative(process.cwd(), path), list, texts.slice(at, at + list.length)));
      at += list.length;
    }
    return result;
  }
}

/** Each version decoded and parsed as the current one is (GBK, UTF-16 …), once, and compared with the one before it;
 * a version git cannot give is skipped. */
function revisionsOf(file: string, commits: Commit[], texts: (Buffer | null)[]): Revision[] {
  const versions = commits
    .map((c, i) => ({ commit: c, text: texts[i] }))
    .filter((v): v is { commit: Commit; text: Buffer } => v.text !== null)
    .map((v) => ({ commit: v.commit, report: parseReportBytes(v.text, file) }));
  return versions.slice(0, -1).map((newer, i) => {
    const older = versions[i + 1];
    return { commit: newer.commit.hash, time: newer.commit.time, previousCommit: older.commit.hash, changes: figureChanges(older.report, newer.report) };
  });
}
