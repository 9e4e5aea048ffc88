// The search-index cache takes a shard's bundle whole or not at all (copyWhole, src/search/pagefind.ts): a build
// killed while copying must not leave a partial bundle under the name a later build reuses.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const base = join(ROOT, '.cache/test-copy-whole');
const from = join(base, 'bundle');
const to = join(base, 'cache/latest-0');
const FILES = 5000;

/**
 * Runs copyWhole in another process. With `kill`, kills it as soon as its temporary folder appears, well before 5,000
 * files are copied; otherwise lets it finish.
 */
function copyIn(kill: boolean): Promise<number> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    const { copyWhole } = await import(${JSON.stringify(join(ROOT, 'src/publish/output-dir.ts'))});
    await copyWhole(${JSON.stringify(from)}, ${JSON.stringify(to)});`]);
  const watch = kill ? setInterval(() => existsSync(`${to}.copying-${child.pid}`) && child.kill('SIGKILL'), 1) : undefined;
  return new Promise((done) => child.on('exit', () => (clearInterval(watch), done(child.pid!))));
}

describe('copying a bundle into the search cache', () => {
  beforeAll(() => {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(join(base, 'cache'), { recursive: true });
    for (let i = 0; i < FILES; i++) {
      mkdirSync(join(from, `fragment/${i % 50}`), { recursive: true });
      writeFileSync(join(from, `fragment/${i % 50}/${i}.pf_fragment`), 'x'.repeat(2000));
    }
  });

  it('killed while copying: nothing under the bundle\'s name, only a temporary folder', async () => {
    const pid = await copyIn(true);
    expect(existsSync(to)).toBe(false);
    expect(existsSync(`${to}.copying-${pid}`)).toBe(true);
  }, 60_000);

  it('left to finish: the whole bundle under its name', async () => {
    await copyIn(false);
    expect(readdirSync(to, { recursive: true }).filter((f) => String(f).endsWith('.pf_fragment'))).toHaveLength(FILES);
  }, 60_000);
});
