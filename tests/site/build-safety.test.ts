// The build as a whole: a build that fails (unreadable files, wrong headers, duplicates, unregistered bureaus) names
// every problem and leaves the previously built site exactly as it was; two builds of the same content are
// byte-identical.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { badPdfContent, badRegistryContent, conflictingContent, hostileContent, unreadableContent, type BadContent } from '../support/bad-content.ts';
import { buildContent, distFor, filesIn, ROOT } from '../support/site.ts';

/** Path → SHA-256 of every file of a built site. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesIn(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('a failed build leaves the previous site untouched', () => {
  const out = join(ROOT, '.cache/test-builds/kept');
  let before: Record<string, string>;
  let builds: string[];

  beforeAll(() => {
    const good = buildContent(join(ROOT, 'tests/fixtures/markup'), out);
    expect(good.status, good.stderr).toBe(0);
    before = snapshot(out);
    builds = readdirSync(`${out}.builds`);
    expect(Object.keys(before)).toContain('reports/markup-ybj/2023/bumen-juesuan/index.html');
  });

  function failedBuild(bad: BadContent): string {
    const run = buildContent(bad.dir, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`构建失败，${out} 保持不变。`);
    // Every problem in one pass, each as "<file>:<line> <message> [<code>]".
    const lines = run.stderr.split('\n');
    const prefix = `${bad.dir.slice(ROOT.length + 1)}/reports/`;
    for (const [file, code] of bad.errors) {
      expect(lines.some((l) => l.startsWith(`${prefix}${file}:`) && l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    }
    for (const [file, code] of bad.settingsErrors ?? []) {
      expect(lines.some((l) => l.startsWith(`${bad.dir.slice(ROOT.length + 1)}/${file}:`) && l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    }
    expect(snapshot(out)).toEqual(before);
    // The failed build's folder is gone: the builds are those there were.
    expect(readdirSync(`${out}.builds`)).toEqual(builds);
    return run.stderr;
  }

  it('unreadable files (PDF, empty, unknown encoding) and wrong headers (year, YAML)', () => {
    const stderr = failedBuild(unreadableContent(join(ROOT, '.cache/test-content/build-unreadable')));
    expect(stderr).toMatch(/这是 PDF 文件，不是文本文件/);
  });

  it('PDFs that are encrypted, truncated, scanned, not a budget, or named for no kind', () => {
    const stderr = failedBuild(badPdfContent(join(ROOT, '.cache/test-content/build-bad-pdf')));
    expect(stderr).not.toMatch(/    at /);
  });

  it('links out of the repository, one report as .txt and .md, a wrong year folder, a bureau registered twice, a bad site.yaml', () => {
    failedBuild(hostileContent(join(ROOT, '.cache/test-content/build-hostile')));
  });

  it('a registry that is not YAML: its file, line and code, not the parser\'s text', () => {
    const dir = badRegistryContent(join(ROOT, '.cache/test-content/build-registry'), '- id: liling-ybj\n  name: [醴陵\n');
    const stderr = failedBuild({ dir, errors: [], settingsErrors: [['bureaus.yaml', 'MZ-REGISTRY-YAML']] });
    expect(stderr).not.toMatch(/YAMLParseError|ZodError|    at /);
  });

  it('two files for one report, and a bureau missing from the registry', () => {
    const stderr = failedBuild(conflictingContent(join(ROOT, '.cache/test-content/build-conflicting')));
    expect(stderr).toMatch(/部门决算\.txt:1:\d+ error 错误：本文件与 .*部门决算（修订）\.txt 是同一单位/);
  });
});

describe('builds are deterministic', () => {
  it('building the bundled content again gives byte-identical files', () => {
    const again = join(ROOT, '.cache/test-builds/again');
    // Cold: nothing reused from the content cache (astro.config.mjs cacheDir) that the first build may have used.
    rmSync(join(ROOT, '.cache/astro/data-store.json'), { force: true });
    const run = buildContent(join(ROOT, 'content'), again, '/');
    expect(run.status, run.stderr).toBe(0);
    const first = snapshot(distFor('/'));
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(snapshot(again)).toEqual(first);
  });
});
