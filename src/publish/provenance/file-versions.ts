// Earlier versions of files, all read by one `git cat-file --batch` process.
import { git } from './git.ts';

/** The contents of each "<commit>:<path>" (path relative to the repository root), null where git has none. */
export function readVersions(root: string, specs: readonly string[]): (Buffer | null)[] {
  if (specs.length === 0) return [];
  const out = git(root, ['cat-file', '--batch'], specs.map((s) => `${s}\n`).join(''));
  const versions: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    // "<sha> blob <size>", then the contents and a newline; or "<spec> missing".
    const m = / blob (\d+)$/.exec(header);
    if (!m) {
      versions.push(null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[1]);
    versions.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return versions;
}
