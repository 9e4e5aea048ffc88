// The built site is replaced in one step (src/publish/output-dir.ts): a reader of the output folder, or a build
// killed at any moment, sees the previous site or the new one, never no site; the build replaced is kept for readers
// still in it, and left-overs of failed or killed builds are removed by the next one.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newBuildDir, publishBuild } from '../../src/publish/output-dir.ts';

const ROOT = join(import.meta.dirname, '../..');
const base = join(ROOT, '.cache/test-output-dir');
const out = join(base, 'dist');

async function build(text: string): Promise<string> {
  const dir = await newBuildDir(out);
  writeFileSync(join(dir, 'index.html'), text);
  return dir;
}

describe('replacing the built site', () => {
  beforeEach(() => {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
  });

  it('the output is a link to the new build; builds left by a failed or killed build are removed', async () => {
    const first = await build('第一次');
    await publishBuild(out, first);
    const second = await build('第二次');
    await publishBuild(out, second);
    const killed = await build('被中断的构建');
    mkdirSync(`${killed}.search-latest-0`);
    await publishBuild(out, await build('第三次'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('第三次');
    // The one it replaced stays until the next build; the first, the killed one and its staging folder are gone.
    expect(readdirSync(`${out}.builds`)).toHaveLength(2);
    expect(existsSync(second)).toBe(true);
    expect([first, killed, `${killed}.search-latest-0`].filter(existsSync)).toEqual([]);
    expect(readdirSync(base).sort()).toEqual(['dist', 'dist.builds']);
  });

  it('an output folder from an earlier version is replaced by the link', async () => {
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '旧版');
    await publishBuild(out, await build('新版'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('新版');
    expect(readdirSync(`${out}.builds`)).toHaveLength(2);
  });

  it('a reader polling the site meanwhile finds it at every moment of 200 replacements', async () => {
    await publishBuild(out, await build('0'));
    const stop = join(base, 'stop');
    // Another process, as a web server or a deploy step would be: counts the times it finds no page, and prints each
    // version it reads.
    const reader = spawn(process.execPath, ['-e', `
      const { existsSync, readFileSync } = require('node:fs');
      let reads = 0, misses = 0, last = '';
      while (!existsSync(${JSON.stringify(stop)})) {
        reads++;
        try {
          const seen = readFileSync(${JSON.stringify(join(out, 'index.html'))}, 'utf8');
          if (seen !== last) process.stdout.write((last = seen) + '\\n');
        } catch { misses++; }
      }
      console.log(JSON.stringify({ reads, misses }));`]);
    let output = '';
    reader.stdout.on('data', (d) => (output += d));
    const done = new Promise((ok) => reader.on('exit', ok));
    // The build replaced is kept for readers still in it until the next replacement (a build takes minutes): each
    // replacement waits until the reader has read the one before, as a reader on a loaded machine may be slow to.
    const read = async (version: number) => {
      while (!output.split('\n').includes(String(version))) await new Promise((ok) => setTimeout(ok, 1));
    };
    for (let i = 1; i <= 200; i++) {
      await read(i - 1);
      await publishBuild(out, await build(String(i)));
    }
    writeFileSync(stop, '');
    await done;
    const { reads, misses } = JSON.parse(output.trim().split('\n').at(-1)!);
    expect(reads).toBeGreaterThan(0);
    expect(misses).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('200');
    expect(existsSync(`${out}.link-${process.pid}`)).toBe(false);
  }, 60_000);
});
