// Each report page against the figures a person read from the documents (../shared/seeds/expected.json), and every
// number of every parsed table shown on the page with a link to the line it was printed on.
import { Decimal } from 'decimal.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distFor } from '../support/site.ts';
import { seedPages } from './seeds.ts';
import { openDom, reportPagePath, type Dom } from './dom.ts';

const seeds = seedPages();
let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

/** "1,467.16" → Decimal; null for a dash or blank. */
const figure = (text: string) => {
  const plain = text.replace(/[,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? new Decimal(plain) : null;
};
const same = (text: string, expected: string) => figure(text)?.equals(expected) ?? false;

/** The text of a source line as the file has it, for checking where a link lands. */
const fileLines = (path: string) => readFileSync(path, 'utf8').split(/\r?\n/);
const printed = (line: string) => line.replace(/[\s\u3000,]/g, '');
/** Whether a source line prints the figure (any number on it equal to the value). */
/** The line a link points at: figures link to the report's 原文 page, original/#L<n>. */
const lineOf = (href: string) => Number(/^original\/#L(\d+)$/.exec(href)?.[1]);
const prints = (line: string, value: string) => (line.match(/-?\d[\d,]*(\.\d+)?/g) ?? []).some((t) => new Decimal(t.replace(/,/g, '')).equals(value));

/** Rows of a table on the page: per row, its cells' text and link target. */
function tableCells(page: Page, id: string) {
  return page.evaluate((tableId) => {
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    if (!table) return null;
    return [...table.tBodies[0].rows].map((tr) => [...tr.cells].map((c) => ({ text: c.textContent!.trim(), href: c.querySelector('a')?.getAttribute('href') ?? null })));
  }, id);
}

const SANGONG_ROWS: Record<string, string> = {
  total: '合计',
  outbound: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  vehiclePurchase: '其中：公务用车购置费',
  vehicleOperation: '其中：公务用车运行维护费',
  reception: '公务接待费',
};

const HEADLINE_LABELS: Record<string, string> = {
  incomeTotal: '本年收入合计',
  expenditureTotal: '本年支出合计',
  grandTotal: '收入支出总计',
  basicExpenditure: '基本支出',
  projectExpenditure: '项目支出',
  personnel: '人员经费',
  publicFunds: '公用经费',
};

describe.each(seeds)('$name', ({ report, expected, contentPath, offset }) => {
  const lines = fileLines(contentPath);
  const open = () => dom.open('/', reportPagePath('/', contentPath));

  it('shows the 三公 budget and actual of expected.json, each linking to a line that prints it', async () => {
    const page = await open();
    const rows = await tableCells(page, 'sangong-table');
    expect(rows).not.toBeNull();
    const heads = await page.locator('#sangong-table thead th').allTextContents();
    const col = { budget: heads.indexOf('预算数'), actual: heads.indexOf('决算数') };
    for (const side of ['budget', 'actual'] as const) {
      for (const [key, value] of Object.entries(expected.sangong[side] as Record<string, string>)) {
        const row = rows!.find((r) => r[0].text === SANGONG_ROWS[key])!;
        const cell = row[col[side]];
        expect(same(cell.text, value), `${side}.${key}: ${cell.text} vs ${value}`).toBe(true);
        expect(cell.href, `${side}.${key} links to its line`).toMatch(/^original\/#L\d+$/);
        // A figure the document prints (not a blank meaning zero) is on the line the link points to.
        if (!new Decimal(value).isZero()) expect(prints(lines[lineOf(cell.href!) - 1], value), `${side}.${key} on its line`).toBe(true);
      }
    }
  });

  it('writes a 概要 whose every linked figure is printed on the line it links to', async () => {
    const page = await open();
    const linked = await page.$$eval('#summary ~ .answers a[href^="original/#L"]', (as) => as.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })));
    expect(linked.length).toBeGreaterThan(0);
    for (const { text, href } of linked) {
      // 「1,073.60 万元」, 「-35.31%」 (the text prints 下降 35.31%), 「32 人」.
      const value = text.replace(/[,\s+%万元人-]/g, '');
      if (new Decimal(value).isZero()) continue;
      expect(prints(lines[lineOf(href) - 1], value), `${text} on line ${href}`).toBe(true);
    }
  });

  it('shows the headline figures of expected.json, each linking to a line that prints it', async () => {
    const page = await open();
    const shown = await page.$$eval('.figures > div', (divs) => divs.map((d) => ({
      label: d.querySelector('dt')!.textContent!.trim(),
      text: d.querySelector('dd')!.childNodes[0].textContent!.trim(),
      href: d.querySelector('dd a')?.getAttribute('href') ?? null,
    })));
    for (const [key, value] of Object.entries((expected.summary ?? {}) as Record<string, string>)) {
      const item = shown.find((s) => s.label === HEADLINE_LABELS[key]);
      expect(item, key).toBeDefined();
      expect(same(item!.text, value), `${key}: ${item!.text} vs ${value}`).toBe(true);
      expect(prints(lines[lineOf(item!.href!) - 1], value), `${key} on its line`).toBe(true);
    }
    // The 三公 actual total is a headline figure too.
    const sangong = shown.find((s) => s.label === '“三公”经费决算');
    expect(same(sangong!.text, expected.sangong.actual.total)).toBe(true);
  });

  it('shows every number of every parsed table on its 报表 page, linking to the line it was printed on', async () => {
    const path = reportPagePath('/', contentPath);
    const parsed = report.tables.filter((t) => t.rows.length > 0);
    const page = parsed.length > 0 ? await dom.open('/', `${path}tables/`) : null;
    let checked = 0;
    for (const table of parsed) {
      const rows = await tableCells(page!, `tbl-${table.id}`);
      expect(rows, table.id).toBeDefined();
      expect(rows!.length, table.id).toBe(table.rows.length);
      table.rows.forEach((row, i) => table.columns.forEach((column, j) => {
        const cell = row.cells[j];
        if (column.role !== 'amount' || !cell || cell.amount === null || cell.text.replace(/[\s\u3000]/g, '') === '') return;
        // A table of amounts only is shown with a leading row-header cell ("金额") before its columns.
        const shown = rows![i][j + rows![i].length - table.columns.length];
        const where = `${table.id} row ${i} column ${column.label}`;
        expect(same(shown.text, cell.amount), `${where}: ${shown.text} vs ${cell.amount}`).toBe(true);
        // Thousands separators on amounts of four digits or more; as many decimals as printed.
        expect(shown.text, where).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
        // Relative to the 报表 page, below the report page.
        expect(shown.href, where).toBe(`../original/#L${cell.line}`);
        expect(printed(lines[cell.line - 1]), where).toContain(printed(cell.text));
        checked++;
      }));
    }
    if (expected.tableLines) expect(checked).toBeGreaterThan(100);
  });

  it('has an 原文 page with the original text, one anchor per line, numbered as in the file', async () => {
    const page = await dom.open('/', `${reportPagePath('/', contentPath)}original/`);
    const count = await page.locator('.source-lines > li').count();
    // A final newline ends the last line; it does not start another.
    expect(count).toBe(lines.at(-1) === '' ? lines.length - 1 : lines.length);
    const sample = [1, Math.floor(lines.length / 2), lines.length - 1];
    for (const n of sample) expect((await page.locator(`#L${n} .line-text`).textContent()) ?? '').toBe(lines[n - 1]);
  });

  it('lists the checks that did not hold, each discrepancy of expected.json with links to both lines, and links to all checks', async () => {
    const page = await open();
    const intro = await page.locator('#checks + p').textContent();
    expect(intro).toContain(`共核对 ${report.findings.length} 项`);
    const holds = report.findings.filter((f) => f.status === 'holds').length;
    expect(await page.locator('#checks ~ .findings > li.finding').count()).toBe(report.findings.length - holds);
    expect(await page.locator(`#checks ~ p a[href="/${reportPagePath('/', contentPath)}checks/"]`).count()).toBe(holds > 0 ? 1 : 0);
    const mismatches = await page.$$eval('.finding-mismatch', (items) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
    for (const must of expected.mustFind as { what: string; lines: number[] }[]) {
      const hit = mismatches.find((hrefs) => must.lines.every((l) => hrefs.includes(`original/#L${l + offset}`)));
      expect(hit, must.what).toBeDefined();
    }
  });

  it('has a 数据核对 page with every check, those that hold included, linked to the lines of its 原文 page', async () => {
    const reportPath = reportPagePath('/', contentPath);
    const page = await dom.open('/', `${reportPath}checks/`);
    expect(await page.locator('.findings > li.finding').count()).toBe(report.findings.length);
    expect(await page.locator('#holds ~ .findings > li.finding-holds').count()).toBe(report.findings.filter((f) => f.status === 'holds').length);
    const mismatches = await page.$$eval('.finding-mismatch', (items) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
    for (const must of expected.mustFind as { what: string; lines: number[] }[]) {
      expect(mismatches.find((hrefs) => must.lines.every((l) => hrefs.includes(`../original/#L${l + offset}`))), must.what).toBeDefined();
    }
  });
});

describe('a report\'s tables on its 报表 page', () => {
  const CHENZHOU = 'reports/chenzhou-ybj/2022/bumen-juesuan/';

  it('郴州 2022: the report page names its nine 公开表, 1 绩效评价基础数据表 and 18 绩效自评表 and links each to the 报表 page, which shows them', async () => {
    const page = await dom.open('/', CHENZHOU);
    expect(await page.locator('.report-table').count()).toBe(0);
    const listed = await page.locator('#tables ~ .table-list a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(listed.map(([href]) => href)).toEqual(Array.from({ length: 28 }, (_, i) => `/${CHENZHOU}tables/#table-${i + 1}`));
    expect(listed[0][1]).toBe('公开01表 收入支出决算总表');
    expect(listed[9][1]).toBe('2022 年度部门整体支出绩效评价基础数据表');
    // Two 部门整体支出绩效自评表 and one 项目支出绩效自评表 for each of 16 projects, as the file prints them.
    expect(listed.filter(([, text]) => text!.includes('部门整体支出绩效自评表'))).toHaveLength(2);
    expect(listed.filter(([, text]) => text!.includes('项目支出绩效自评表'))).toHaveLength(16);

    const tables = await dom.open('/', `${CHENZHOU}tables/`);
    expect(await tables.locator('.report-table').evaluateAll((ts) => ts.map((t) => t.id))).toEqual(Array.from({ length: 28 }, (_, i) => `table-${i + 1}`));
    // Line 115 of the file: 「一、一般公共预算财政拨款收入	1	1,467.16	一、一般公共服务支出	32	」; line 895: 「项目支出	733.97	385	497.02」.
    expect(await tables.locator('#tbl-table-1 td a', { hasText: /^1,467\.16$/ }).getAttribute('href')).toBe('../original/#L115');
    expect(await tables.locator('#tbl-table-10 td a', { hasText: /^733\.97$/ }).getAttribute('href')).toBe('../original/#L895');
  });

  it('北塔 2023 (a 绩效自评 report) lists its three tables too; the 江苏人大常委会办公厅 budget, its narrative alone, has no 报表 page', async () => {
    const beita = 'reports/shaoyang-beita-ybj/2023/zhengti-jixiao-zipingjia/';
    expect(await (await dom.open('/', beita)).locator('#tables ~ .table-list li').count()).toBe(3);
    expect(await (await dom.open('/', `${beita}tables/`)).locator('.report-table').count()).toBe(3);
    const narrative = 'reports/js-rdcwh-bgt/2019/bumen-yusuan/';
    expect(existsSync(join(distFor('/'), narrative, 'tables'))).toBe(false);
    expect(await (await dom.open('/', narrative)).locator('#tables').count()).toBe(0);
  });
});
