// The git history of a whole content folder from one `git log` and one `git status`: never a process per file,
// so that ten thousand reports cost the same two processes as five.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { git } from './git.ts';

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601. */
  time: string;
}

export interface GitHistory {
  root: string;
  /** Commits that changed each file (real absolute path), newest first. */
  commits: Map<string, Commit[]>;
  /** Files that differ from their last commit or were never committed: their last commit is not their last change. */
  uncommitted: Set<string>;
}

/** `git log -z --format=%x1e%H %cI --name-only`: per commit "\x1e<hash> <date>\0\n<path>\0<path>\0…". */
function parseLog(out: string, root: string): Map<string, Commit[]> {
  const commits = new Map<string, Commit[]>();
  for (const chunk of out.split('\x1e').slice(1)) {
    const [head, ...paths] = chunk.split('\0');
    const [hash, time] = head.split(' ');
    for (const p of paths.map((x) => x.replace(/^\n/, '')).filter(Boolean)) {
      const file = join(root, p);
      commits.set(file, [...(commits.get(file) ?? []), { hash, time }]);
    }
  }
  return commits;
}

/** `git status --porcelain=v1 -z`: "XY path\0", followed by "orig\0" for renames and copies. */
function parseStatus(out: string, root: string): Set<string> {
  const files = new Set<string>();
  const tokens = out.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.length < 4) continue;
    files.add(join(root, t.slice(3)));
    if (/[RC]/.test(t.slice(0, 2))) files.add(join(root, tokens[++i]));
  }
  return files;
}

/** null when the folder is not in a git repository with commits: the caller falls back to file times. */
export function readGitHistory(dir: string): GitHistory | null {
  let root: string;
  let log: string;
  let status: string;
  try {
    root = realpathSync(git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim());
    const where = realpathSync(dir);
    log = git(root, ['log', '-z', '--format=%x1e%H %cI', '--name-only', '--', where]).toString('utf8');
    status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', where]).toString('utf8');
  } catch {
    return null;
  }
  return { root, commits: parseLog(log, root), uncommitted: parseStatus(status, root) };
}
