// Throwaway git repositories for the provenance tests: commits with fixed dates, no user configuration needed.
import { execFileSync } from 'node:child_process';

// A git hook running the tests sets GIT_DIR and friends; they must not point these commands at the project.
const env = (date?: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_AUTHOR_NAME: '编辑', GIT_AUTHOR_EMAIL: 'editor@example.invalid', GIT_COMMITTER_NAME: '编辑', GIT_COMMITTER_EMAIL: 'editor@example.invalid',
  ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
});

export const gitIn = (dir: string, args: string[], date?: string) => execFileSync('git', args, { cwd: dir, env: env(date), encoding: 'utf8' }).trim();

export function initRepo(dir: string): void {
  gitIn(dir, ['init', '-q', '-b', 'main']);
}

/** Commits everything in the folder; returns the commit hash. */
export function commitAll(dir: string, message: string, date: string): string {
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', message], date);
  return gitIn(dir, ['rev-parse', 'HEAD']);
}
