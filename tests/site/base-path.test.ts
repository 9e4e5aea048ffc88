// Every link, asset and script follows the base path, resolves to a built file, and nothing is fetched from another
// host or run inline (a strict Content-Security-Policy, script-src 'self', must hold).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFor } from '../support/site.ts';
import { builtFiles } from './dom.ts';

/** Attribute values that name a URL the browser follows or fetches. */
const URL_ATTRS = /\s(href|src|action|srcset|poster)="([^"]*)"/g;

function resolves(base: string, page: string, url: string): string | null {
  const dir = distFor(base);
  const absolute = new URL(url, `http://site${base}${page.replace(/index\.html$/, '')}`);
  if (absolute.host !== 'site') return null;
  if (!absolute.pathname.startsWith(base)) return `${url} leaves ${base}`;
  let file = join(dir, decodeURIComponent(absolute.pathname.slice(base.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? null : `${url} → missing ${file}`;
}

describe.each(['/', '/portal/'])('built at %s', (base) => {
  const files = builtFiles(base);
  const pages = files.filter((f) => f.endsWith('.html'));

  it('has home, about, 404, the 三公 page, nine bureaus and nine reports (five final accounts, four budget PDFs), each with its 原文 and 数据核对 pages, all but one with a 报表 page', () => {
    for (const p of ['index.html', 'about/index.html', '404.html', 'sangong/index.html', 'bureaus/index.html']) expect(pages).toContain(p);
    expect(pages.filter((p) => /^bureaus\/[^/]+\/index\.html$/.test(p))).toHaveLength(9);
    expect(pages.filter((p) => p.startsWith('reports/') && !/\/(original|checks|tables)\//.test(p))).toHaveLength(9);
    // Each report's original text, line by line, and all its checks, each on a page of its own.
    expect(pages.filter((p) => /^reports\/.+\/original\/index\.html$/.test(p))).toHaveLength(9);
    expect(pages.filter((p) => /^reports\/.+\/checks\/index\.html$/.test(p))).toHaveLength(9);
    // Every report's tables on a page of its own; the 江苏人大常委会办公厅 PDF is the budget's narrative alone, without tables.
    const withTables = pages.filter((p) => /^reports\/.+\/tables\/index\.html$/.test(p));
    expect(withTables).toHaveLength(8);
    expect(withTables.some((p) => p.startsWith('reports/js-rdcwh-bgt/'))).toBe(false);
  });

  it('every internal href, src and action on every page is under the base path and names a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(join(distFor(base), page), 'utf8');
      for (const [, attr, value] of html.matchAll(URL_ATTRS)) {
        if (value.startsWith('#')) continue;
        // Internal URLs are written from the site root, so that pages can move between folders; the one exception is
        // the links of a report page and of its 数据核对 and 报表 pages to the lines of its 原文 page, which moves
        // with them: thousands per page, where the root-relative form would add some 40 bytes each.
        const ownLine = /^(\.\.\/)?original\/#L\d+$/.test(value) && page.startsWith('reports/');
        if (!ownLine && !/^[a-z]+:/i.test(value) && !value.startsWith(base)) problems.push(`${page}: ${attr}="${value}" does not start with ${base}`);
        const missing = /^[a-z]+:/i.test(value) ? null : resolves(base, page, value.split('#')[0]);
        if (missing) problems.push(`${page}: ${missing}`);
        checked++;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('scripts and styles come from the site itself; no inline script, no event-handler attribute', () => {
    for (const page of pages) {
      const html = readFileSync(join(distFor(base), page), 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) {
        expect(tag, page).toMatch(new RegExp(`^<script[^>]* src="${base}[^"]+"[^>]*></script>$`));
      }
      for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) if (!/rel="canonical"/.test(tag)) expect(tag, page).not.toMatch(/href="(https?:)?\/\//);
      expect(html, page).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(html, page).not.toMatch(/<(img|iframe|video|audio|source)\b[^>]*src="(https?:)?\/\//);
    }
  });

  it('bundled scripts fetch nothing from other hosts, and load their chunks relative to themselves (Pagefind from a bundle’s folder)', () => {
    for (const js of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(distFor(base), js), 'utf8');
      // w3.org: SVG namespaces; example.com: Pagefind's base for parsing relative URLs, never fetched.
      expect(code, js).not.toMatch(/["'`]https?:\/\/(?!www\.w3\.org|example\.com)/);
      for (const [, spec] of code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) expect(spec, js).toMatch(/^\.\/|^\$\{\w+(\.path)?\}pagefind\.js\?scope=\$\{\w+\}$/);
    }
  });
});
