// Built pages read as the browser reads them: Debian's Chromium parses the HTML with scripts off and the network
// cut, and the checks run on the resulting DOM (no HTML parser package needed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { distFor } from '../support/site.ts';

export interface Dom {
  /** Loads a built page (path under dist, e.g. "sangong/") into the one tab and returns it. */
  open(base: string, path: string): Promise<Page>;
  /** Loads any HTML into the tab. */
  load(html: string): Promise<Page>;
  close(): Promise<void>;
}

export async function openDom(): Promise<Dom> {
  const browser: Browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const load = async (html: string) => {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    return page;
  };
  return {
    load,
    open: (base, path) => load(readPage(base, path)),
    close: () => browser.close(),
  };
}

export function readPage(base: string, path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(distFor(base), file), 'utf8');
}

/** Every file under a built site, as paths relative to it ("reports/x/2022/bumen-juesuan/index.html"). */
export function builtFiles(base: string): string[] {
  const root = distFor(base);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(root, p).split('\\').join('/')];
  });
  return walk(root).sort();
}

/** The report page built for a content file ("content/reports/<bureau>/<year>/<kind>.txt"): its folder under dist. */
export function reportPagePath(base: string, contentPath: string): string {
  const [bureau, year] = contentPath.split('/').slice(-3);
  const dir = join(distFor(base), 'reports', bureau, year);
  const kinds = readdirSync(dir);
  if (kinds.length !== 1) throw new Error(`expected one report page under ${dir}, found ${kinds.join(', ')}`);
  return `reports/${bureau}/${year}/${kinds[0]}/`;
}

export interface HeaderReport {
  /** Amount cells checked. */
  checked: number;
  /** Cells whose headers attribute does not name exactly its row headers and its column headers. */
  problems: string[];
}

/**
 * Runs in the page: for every amount cell (td.num) of the table, the ids in its headers attribute must resolve,
 * and name exactly the row headers of its row (th scope=row) and the column headers above it, found by laying the
 * thead out on a grid with its rowspans and colspans.
 */
export function headerRelationships(tableId: string): HeaderReport {
  const table = document.getElementById(tableId) as HTMLTableElement;
  const grid: HTMLTableCellElement[][] = [];
  [...table.tHead!.rows].forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.cells) {
      while (grid[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell;
      c += cell.colSpan;
    }
  });
  const problems: string[] = [];
  let checked = 0;
  for (const tr of table.tBodies[0].rows) {
    const rowHeaders = [...tr.cells].filter((c) => c.tagName === 'TH' && c.getAttribute('scope') === 'row');
    [...tr.cells].forEach((cell, j) => {
      if (cell.tagName !== 'TD' || !cell.classList.contains('num')) return;
      checked++;
      const expected = [...rowHeaders, ...new Set(grid.map((row) => row[j]))].map((h) => h.textContent!.trim());
      const ids = (cell.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
      const named = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? `#${id}?`);
      const where = `${rowHeaders.map((h) => h.textContent!.trim()).join('/')} · column ${j}`;
      if (ids.some((id) => !document.getElementById(id))) problems.push(`${where}: unresolved ${ids.join(' ')}`);
      else if (named.join('|') !== expected.join('|')) problems.push(`${where}: headers name ${named.join('|')}, expected ${expected.join('|')}`);
    });
  }
  return { checked, problems };
}
