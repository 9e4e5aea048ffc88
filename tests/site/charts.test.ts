// Charts are an enhancement: each is a figure with a caption, a one-sentence summary, a named canvas and a table
// with the same figures; pages without a chart carry no script but the display-mode one.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDom, readPage, type Dom } from './dom.ts';

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

const BUREAUS = ['shaoyang-ybj', 'liling-ybj', 'chenzhou-ybj', 'huaihua-ybzx', 'shaoyang-beita-ybj'];

describe.each(['/', '/portal/'])('built at %s', (base) => {
  it.each([...BUREAUS.map((b) => `bureaus/${b}/`), 'sangong/'])('%s: every chart is a complete figure built from its own table', async (path) => {
    const page = await dom.open(base, path);
    const figures = await page.$$eval('figure.chart', (fs) => fs.map((f) => {
      const canvas = f.querySelector('canvas');
      const summary = document.getElementById(canvas?.getAttribute('aria-describedby') ?? '');
      return {
        id: f.id,
        caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        label: canvas?.getAttribute('aria-label') ?? '',
        role: canvas?.getAttribute('role'),
        summary: summary && f.contains(summary) ? summary.textContent!.trim() : '',
        hidden: f.querySelector('.chart-frame')?.hasAttribute('hidden'),
        spec: JSON.parse((f as HTMLElement).dataset.chart!),
        cells: [...f.querySelectorAll('table td, table th')].map((c) => c.textContent!.trim()),
      };
    }));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.caption, f.id).not.toBe('');
      expect(f.role, f.id).toBe('img');
      expect(f.label, f.id).toContain(f.caption);
      // One sentence: one full stop, at the end.
      expect(f.summary, f.id).toMatch(/^[^。]+。$/);
      // The drawing area stays hidden until the script draws into it.
      expect(f.hidden, f.id).toBe(true);
      const shown = f.cells.map((t: string) => t.replace(/,/g, '')).filter((t: string) => /^-?\d+(\.\d+)?$/.test(t)).map((t: string) => new Decimal(t));
      for (const s of f.spec.series) for (const v of s.data) if (v !== null) expect(shown.some((d: Decimal) => d.equals(v)), `${f.id} ${s.label} ${v} in its table`).toBe(true);
    }
  });

  it('the bureau page of a 部门决算 draws 三公 by item, income and expenditure totals, basic against project', async () => {
    const page = await dom.open(base, 'bureaus/chenzhou-ybj/');
    expect(await page.$$eval('figure.chart', (fs) => fs.map((f) => f.id))).toEqual(['chart-sangong', 'chart-totals', 'chart-split']);
    const spec = JSON.parse((await page.locator('#chart-sangong').getAttribute('data-chart'))!);
    // 郴州 2022 (read from its 公开09表): actual 公务接待费 2.22, 公务用车 4.00.
    expect(spec.series.map((s: { label: string }) => s.label)).toEqual(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']);
    expect(spec.series[2].data).toEqual(['5.00', '2.22']);
  });

  it('only pages with a chart or a sortable table load a module script', () => {
    const modules = (path: string) => [...readPage(base, path).matchAll(/<script type="module"[^>]*>/g)].length;
    for (const path of ['', 'about/', 'bureaus/', '404.html', 'reports/chenzhou-ybj/2022/bumen-juesuan/', 'reports/shaoyang-beita-ybj/2023/zhengti-jixiao-zipingjia/']) expect(modules(path), path).toBe(0);
    expect(modules('bureaus/chenzhou-ybj/')).toBe(1);
    expect(modules('sangong/')).toBe(2);
  });

  it('every page applies the display mode from an external script in <head>, and hides the switch until it runs', () => {
    for (const path of ['', 'sangong/', 'reports/liling-ybj/2022/bumen-juesuan/', '404.html']) {
      const html = readPage(base, path);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toContain(`<script src="${base}display.js"></script>`);
      expect(html, path).toMatch(/<button id="display-toggle"[^>]* aria-pressed="false" hidden>/);
    }
  });
});
