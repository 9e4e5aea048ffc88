// Markup in a report or the registry is text on the page, never markup: the fixture content folder
// (tests/fixtures/markup) puts <script>, <img onerror>, javascript: links, {{ }} and ${} into the registry names, the
// front matter, headings, narrative and table notes. Its built site, served without any CSP (so that an injected
// script would run), must open no dialog, carry no inline code, and show every injected string as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, unsafeMarkup } from '../support/browser.ts';
import { buildContent, pagePaths, ROOT, serve, type Served } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/markup');
const REPORT_FILE = join(FIXTURE, 'reports/markup-ybj/2023/部门决算.txt');
const OUT = join(ROOT, '.cache/test-builds/markup');
const NAME = '标记测试<script>alert("name")</script>医疗保障局';

let browser: Browser;
let site: Served;
const dialogs: string[] = [];

beforeAll(async () => {
  const build = buildContent(FIXTURE, OUT);
  expect(build.stderr).not.toMatch(/构建失败/);
  expect(build.status).toBe(0);
  site = await serve(OUT);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${path}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

describe('a site built from content full of markup', () => {
  it('no page runs injected code or carries inline handlers, scripts or javascript: links', async () => {
    const paths = pagePaths(OUT);
    expect(paths).toContain('reports/markup-ybj/2023/bumen-juesuan/');
    for (const path of paths) {
      const page = await open(path);
      expect(await unsafeMarkup(page), path).toEqual([]);
      await page.close();
    }
    // The search script reads the query and matches it as text (the short name "{{7*7}}医保" is indexed); nothing runs.
    const search = await open('search/?q=' + encodeURIComponent('{{7*7}}'));
    await expect.poll(() => search.locator('#search-status').textContent()).toMatch(/^“\{\{7\*7\}\}”：找到 [1-9]\d* 个页面。$/);
    expect(dialogs).toEqual([]);
  });

  it('every line of the report appears on its 原文 page exactly as written', async () => {
    // The final newline ends the last line; it does not start another.
    const lines = readFileSync(REPORT_FILE, 'utf8').replace(/\n$/, '').split('\n');
    const original = await open('reports/markup-ybj/2023/bumen-juesuan/original/');
    expect(await original.locator('.source-lines .line-text').allTextContents()).toEqual(lines);
    // The table and its note are on the 报表 page, the rest on the report page.
    const tables = await open('reports/markup-ybj/2023/bumen-juesuan/tables/');
    expect(await tables.locator('.table-notes li', { hasText: '<svg onload=alert("note")>' }).count()).toBe(1);
    const tablesText = await tables.locator('main').textContent();
    const page = await open('reports/markup-ybj/2023/bumen-juesuan/');
    const text = `${await page.locator('main').textContent()}${tablesText}`;
    for (const injected of ['<script>alert("narrative")</script>', '<img src=x onerror=alert("img")>', '{{constructor.constructor("alert(\'mustache\')")()}}', '${alert("template")}', '[链接](javascript:alert("md-link"))', '&lt;b&gt;', '<style>body{display:none}</style>']) {
      expect(text).toContain(injected);
    }
    // The narrative and table notes as read, not only the source lines.
    expect(await page.locator('.narrative p', { hasText: '<script>alert("narrative")</script>' }).count()).toBe(1);
    expect(await page.locator('h1').textContent()).toContain(NAME);
  });

  it('source_url "javascript:…" is not a link; the registry names are text everywhere', async () => {
    const page = await open('reports/markup-ybj/2023/bumen-juesuan/');
    expect(await page.locator('a[href*="alert"]').count()).toBe(0);
    expect(await page.locator('dt:text-is("原文出处") + dd').allTextContents()).toEqual(['未登记']);
    const bureau = await open('bureaus/markup-ybj/');
    expect(await bureau.locator('h1').textContent()).toBe(NAME);
    expect(await bureau.locator('main').textContent()).toContain('湖南省"><svg onload=alert("region")>测试市');
    expect(await bureau.locator('main').textContent()).toContain('<img src=x onerror=alert("short")>');
    expect(dialogs).toEqual([]);
  });
});
