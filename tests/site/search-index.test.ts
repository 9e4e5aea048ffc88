// The search index as the build leaves it: which pages opt in, what keys they carry, and that a Pagefind failure
// fails the build without touching the published site. Queries themselves are in tests/browser/search.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distFor, ROOT } from '../support/site.ts';

const dist = distFor('/');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

const pages = htmlFiles(dist).map((file) => ({ path: file.slice(dist.length + 1), html: readFileSync(file, 'utf8') }));
const indexed = pages.filter((p) => p.html.includes('data-pagefind-body'));
const reportFiles = readdirSync(join(ROOT, 'content/reports'), { recursive: true }).filter((n) => /\.(txt|md|pdf)$/.test(String(n)));

test('only report pages are indexed, and the index lists exactly those', () => {
  expect(indexed.map((p) => p.path).every((p) => /^reports\/[^/]+\//.test(p))).toBe(true);
  expect(indexed.length).toBe(reportFiles.length);
  // Every bureau has reports of one year only, so everything is in the latest scope, small enough for one shard.
  // shards.json lists the bundles for a national portal's search (src/search/pagefind.ts).
  expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(['latest', 'shards.json']);
  const shards = readdirSync(join(dist, 'pagefind/latest'));
  expect(shards).toEqual(['0']);
  expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ latest: ['latest/0'], earlier: [] });
  const entries = shards.map((s) => JSON.parse(readFileSync(join(dist, 'pagefind/latest', s, 'pagefind-entry.json'), 'utf8')));
  for (const entry of entries) {
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  }
  expect(entries.reduce((n, e) => n + e.languages['zh-cn'].page_count, 0)).toBe(indexed.length);
});

test('every indexed page carries every sort key and the metadata shown with results', () => {
  for (const { path, html } of indexed) {
    for (const key of ['year', 'sangong']) expect(html, path).toMatch(new RegExp(`data-pagefind-sort="${key}:-?[\\d.]+"`));
    expect(html, path).toMatch(/data-pagefind-meta="bureau:[^"]+"/);
    expect(html, path).toMatch(/data-pagefind-filter="单位:[^"]+"/);
    expect(html, path).toMatch(/data-pagefind-filter="地区:[^"]+"/);
  }
});

test('report pages keep the checks out of the index, and their 原文 pages are not indexed', () => {
  expect(indexed.filter((p) => p.path.includes('/original/'))).toEqual([]);
  for (const { path, html } of indexed.filter((p) => p.path.startsWith('reports/'))) {
    expect(html, path).not.toMatch(/id="L\d+"/);
    expect(html, path).toMatch(/<section aria-labelledby="checks" data-pagefind-ignore/);
    expect(html, path).toMatch(/data-pagefind-filter="报告类型:[^"]+"/);
  }
});

test('no page has an inline script', () => {
  for (const { path, html } of pages) {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toMatch(/\ssrc=/);
  }
});

test('a Pagefind failure fails the build with its message and leaves the previous site in place', () => {
  const out = mkdtempSync(join(tmpdir(), 'mz-pagefind-fail-'));
  try {
    mkdirSync(join(out, 'dist'));
    writeFileSync(join(out, 'dist', 'index.html'), 'previous site');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      // The npm wrapper takes the binary from here when set: a missing binary is a Pagefind failure. A cache of its
      // own, so that no bundle kept from an earlier build spares Pagefind the work.
      env: { ...process.env, MZ_OUT: join(out, 'dist'), MZ_CACHE: join(out, 'cache') + '/', PAGEFIND_EXTENDED_BINARY_PATH: join(out, 'no-such-pagefind') },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('构建失败');
    expect(run.stderr).toContain('Pagefind 建立搜索索引失败（service）');
    expect(readFileSync(join(out, 'dist', 'index.html'), 'utf8')).toBe('previous site');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
