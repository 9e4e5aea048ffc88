// Runs git for the content folder's repository. Git variables of a calling process (a hook sets GIT_DIR and
// GIT_INDEX_FILE) are dropped, so the repository is always the one the folder is in.
import { execFileSync } from 'node:child_process';

const env = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

export function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['--no-optional-locks', ...args], { cwd, env: env(), input, maxBuffer: 2 ** 31 - 1, stdio: ['pipe', 'pipe', 'ignore'] });
}
