// Internal links: every href and src of every HTML page (and every url() of the CSS) resolves to a file of the
// build, every #fragment to an id of its target page, and the server delivers each; for a build under /portal/ and
// one at the root. Chromium's DOMParser reads the HTML as a browser would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractPdf } from '../../src/extract/pdf/extract.ts';
import { launchBrowser } from '../support/browser.ts';
import { builtFiles } from '../support/pages.ts';
import { distFor, serve, type Served } from '../support/site.ts';

interface Reference {
  /** e.g. 'a href', 'script src', 'css url'. */
  kind: string;
  value: string;
}

/** Runs in the page: the URLs an HTML document refers to, and the ids a fragment may name. */
function readHtml(html: string): { refs: Reference[]; ids: string[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const refs: Reference[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset], [poster], object[data], form[action]')) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ['href', 'src', 'poster', 'data', 'action']) {
      const value = el.getAttribute(attr);
      if (value !== null && (attr !== 'data' || tag === 'object')) refs.push({ kind: `${tag} ${attr}${tag === 'link' ? `[rel=${el.getAttribute('rel')}]` : ''}`, value });
    }
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean)) {
      refs.push({ kind: `${tag} srcset`, value: candidate });
    }
  }
  const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id).concat([...doc.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!));
  return { refs, ids };
}

const cssRefs = (css: string): Reference[] =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({ kind: 'css url', value: m[2] }));

/** Links a page may make to other sites (a citation of the source document); anything a page loads must be ours. */
const mayLeave = (kind: string) => /^(a|area) href$|^link href\[rel=(canonical|alternate)\]$/.test(kind);
const ORIGIN = 'http://portal.test';

interface Checked {
  problems: string[];
  /** Internal paths that must be served, e.g. /portal/about/. */
  paths: Set<string>;
  references: number;
  documents: number;
}

function check(base: string, files: string[], docs: Map<string, { refs: Reference[]; ids: string[] }>): Checked {
  const have = new Set(files);
  const problems: string[] = [];
  const paths = new Set<string>();
  for (const [file, { refs }] of docs) {
    const from = new URL(`${base}${file}`, ORIGIN);
    for (const { kind, value } of refs) {
      const problem = checkOne(base, file, from, kind, value.trim(), have, docs, paths);
      if (problem) problems.push(`${file}: ${kind}="${value}" ${problem}`);
    }
  }
  return { problems, paths, references: [...docs.values()].reduce((n, d) => n + d.refs.length, 0), documents: docs.size };
}

function checkOne(base: string, file: string, from: URL, kind: string, value: string, have: Set<string>,
  docs: Map<string, { ids: string[] }>, paths: Set<string>): string | null {
  if (/^javascript:/i.test(value)) return 'is a javascript: URL';
  if (/^data:/i.test(value)) return null;
  // 404.html is served at whatever address was missing: only root-relative links work from there.
  if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) return 'is relative, but 404.html is served at any address';
  const url = new URL(value, from);
  if (url.origin !== ORIGIN) return mayLeave(kind) && /^(https?|mailto|tel):$/.test(url.protocol) ? null : 'loads from another site';
  if (!url.pathname.startsWith(base)) return `is outside the base path ${base}`;
  const rel = decodeURIComponent(url.pathname.slice(base.length));
  const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : have.has(rel) ? rel : `${rel}/index.html`;
  if (!have.has(target)) return `resolves to ${target}, which is not in the build`;
  paths.add(url.pathname);
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !docs.get(target)?.ids.includes(id)) return `names #${id}, which ${target} does not have`;
  return null;
}

let browser: Browser;
let parser: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  parser = await browser.newPage();
});
afterAll(() => browser?.close());

describe.each(['/portal/', '/'])('a build with base path %s', (base) => {
  const dist = distFor(base);
  const files = builtFiles(dist);
  let checked: Checked;
  let site: Served;
  beforeAll(async () => {
    const docs = new Map<string, { refs: Reference[]; ids: string[] }>();
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      docs.set(file, await parser.evaluate(readHtml, readFileSync(join(dist, file), 'utf8')));
    }
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      docs.set(file, { refs: cssRefs(readFileSync(join(dist, file), 'utf8')), ids: [] });
    }
    // A PDF's fragments are its pages: #page=1 … #page=N (the open parameters every PDF viewer reads).
    for (const file of files.filter((f) => f.endsWith('.pdf'))) {
      const { pageCount } = await extractPdf(readFileSync(join(dist, file)));
      docs.set(file, { refs: [], ids: Array.from({ length: pageCount }, (_, i) => `page=${i + 1}`) });
    }
    checked = check(base, files, docs);
    site = await serve(dist, base);
  });
  afterAll(async () => {
    console.log(`links (base ${base}): ${checked.references} references in ${checked.documents} HTML and CSS files checked, ${checked.paths.size} internal URLs served`);
    await site?.close();
  });

  test('every href, src and url() resolves to a file of the build, every #fragment to an id there', () => {
    expect(checked.paths.size, 'internal URLs found').toBeGreaterThan(20);
    expect(checked.problems).toEqual([]);
  });

  test('the server delivers every one of those URLs', async () => {
    const origin = new URL(site.url).origin;
    const failed: string[] = [];
    for (const path of checked.paths) {
      const res = await fetch(origin + path);
      if (res.status !== 200) failed.push(`${path}: ${res.status}`);
    }
    expect(failed).toEqual([]);
  });
});
