// Throwaway git repositories for the provenance tests: commits with fixed dates, no user configuration needed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

// A git hook running the tests sets GIT_DIR and friends; they must not point these commands at the project.
const env = (date?: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_AUTHOR_NAME: '编辑', GIT_AUTHOR_EMAIL: 'editor@example.invalid', GIT_COMMITTER_NAME: '编辑', GIT_COMMITTER_EMAIL: 'editor@example.invalid',
  ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
});

const gitIn = (dir: string, args: string[], date?: string) => execFileSync('git', args, { cwd: dir, env: env(date), encoding: 'utf8' }).trim();

function initRepo(dir: string): void {
  gitIn(dir, ['init', '-q', '-b', 'main']);
}

/** Commits everything in the folder; returns the commit hash. */
export function commitAll(dir: string, message: string, date: string): string {
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', message], date);
  return gitIn(dir, ['rev-parse', 'HEAD']);
}

/** Line 361 of the bundled 醴陵 2022 report: its 三公 table's row (budget 6.00, actual 2.62 for 合计 and 公务接待费). */
export const LILING_SANGONG_ROW = 361;

/**
 * A throwaway repository whose content folder holds the registry and the bundled 醴陵 2022 report, committed on
 * 2024-01-10: where the provenance tests start. Returns the repository, the report's path and the commit.
 */
export function repoWithLiling(prefix: string): { repo: string; path: string; commit: string } {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  initRepo(repo);
  const dir = join(repo, 'content', 'reports', 'liling-ybj', '2022');
  mkdirSync(dir, { recursive: true });
  cpSync(join(CONTENT, 'bureaus.yaml'), join(repo, 'content', 'bureaus.yaml'));
  const path = join(dir, '部门决算.txt');
  cpSync(join(CONTENT, 'reports', 'liling-ybj', '2022', '部门决算.txt'), path);
  return { repo, path, commit: commitAll(repo, 'Add 醴陵 2022', '2024-01-10T10:00:00+08:00') };
}
