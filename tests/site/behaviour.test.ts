// The scripts in a real browser, on the site served under /portal/: the display mode stays across pages, chart.js
// is fetched only when a chart scrolls into view, and the 三公 table sorts and filters.
import { expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { usePortal } from '../support/pages.ts';

const portal = usePortal('/portal/');
let context: BrowserContext;

async function freshContext(options: Parameters<Browser['newContext']>[0] = {}) {
  await context?.close();
  context = await portal.browser.newContext({ viewport: { width: 1280, height: 400 }, reducedMotion: 'reduce', ...options });
  return context;
}

it('大字模式: the header button switches it, and it stays on the next page and after a reload', async () => {
  const page = await (await freshContext()).newPage();
  await page.goto(portal.site.url);
  const button = page.locator('#display-toggle');
  expect(await button.isVisible()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.display)).toBeUndefined();
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await button.click();
  expect(await page.evaluate(() => document.documentElement.dataset.display)).toBe('large');
  expect(await button.getAttribute('aria-pressed')).toBe('true');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(before);
  await page.goto(`${portal.site.url}reports/chenzhou-ybj/2022/bumen-juesuan/`);
  expect(await page.evaluate(() => [document.documentElement.dataset.display, localStorage.getItem('mz-display')])).toEqual(['large', 'large']);
  expect(await page.locator('#display-toggle').getAttribute('aria-pressed')).toBe('true');
  await page.locator('#display-toggle').click();
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.display)).toBeUndefined();
});

it('without JavaScript the switch is not offered', async () => {
  const page = await (await freshContext({ javaScriptEnabled: false })).newPage();
  await page.goto(portal.site.url);
  expect(await page.locator('#display-toggle').isVisible()).toBe(false);
  expect(await page.locator('#sangong-filter').count()).toBe(0);
});

it('a bureau page fetches chart.js only when a chart scrolls into view, then draws it', async () => {
  const page = await (await freshContext()).newPage();
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto(`${portal.site.url}bureaus/chenzhou-ybj/`);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes('charts-draw'))).toBe(false);
  expect(await page.locator('#chart-sangong .chart-frame').isHidden()).toBe(true);
  await page.locator('#chart-sangong').scrollIntoViewIfNeeded();
  await page.locator('#chart-sangong .chart-frame').waitFor({ state: 'visible' });
  expect(scripts.filter((s) => s.includes('charts-draw'))).toHaveLength(1);
  const drawn = await page.locator('#chart-sangong canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0);
  expect(drawn).toBe(true);
  // The chart further down is still not drawn.
  expect(await page.locator('#chart-split .chart-frame').isHidden()).toBe(true);
});

it('a report page runs no script but the display-mode one', async () => {
  const page = await (await freshContext()).newPage();
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto(`${portal.site.url}reports/huaihua-ybzx/2024/bumen-juesuan/`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual(['/portal/display.js']);
});

it('the 三公 table sorts by a column (aria-sort) and filters by level, saying what it shows', async () => {
  const page = await (await freshContext()).newPage();
  await page.goto(`${portal.site.url}sangong/`);
  // Column 8 is 决算数 › 合计.
  const header = page.locator('#sangong-overview thead th[data-col="8"]');
  const actuals = () => page.locator('#sangong-overview tbody tr:not([hidden]) td:nth-child(9)').allTextContents();
  await header.locator('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('ascending');
  // The five final accounts' 决算 totals (seeds' expected.json); the four budgets have none and stay last.
  const budgets = ['—', '—', '—', '—'];
  expect((await actuals()).map((t) => (t === '—' ? t : Number(t)))).toEqual([0, 0.71, 2.62, 6.22, 8.21, ...budgets]);
  await header.locator('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('descending');
  expect((await actuals()).map((t) => (t === '—' ? t : Number(t)))).toEqual([8.21, 6.22, 2.62, 0.71, 0, ...budgets]);
  expect(await page.locator('#sangong-status').textContent()).toContain('决算数 合计');
  await page.locator('#sangong-filter select[name="level"]').selectOption('县级');
  const names = await page.locator('#sangong-overview tbody tr:not([hidden]) th:first-child a').allTextContents();
  expect(names.slice(0, 2)).toEqual(['醴陵市医疗保障局', '邵阳市北塔区医疗保障局']);
  expect(names.slice(2).sort()).toEqual(['上海市普陀区人民政府万里街道办事处', '上海市普陀区司法局'].sort());
  expect(await page.locator('#sangong-status').textContent()).toBe('显示 4 行（共 9 行）。');
  await page.locator('#sangong-filter button[type="reset"]').click();
  await expect.poll(() => page.locator('#sangong-overview tbody tr:not([hidden])').count()).toBe(9);
});

it.each(['normal', 'large'])('at 320px wide (%s text) no page scrolls sideways; wide tables scroll in their own region', async (mode) => {
  const ctx = await freshContext({ viewport: { width: 320, height: 640 } });
  if (mode === 'large') await ctx.addInitScript(() => localStorage.setItem('mz-display', 'large'));
  const page = await ctx.newPage();
  for (const path of ['', 'bureaus/chenzhou-ybj/', 'reports/chenzhou-ybj/2022/bumen-juesuan/', 'sangong/']) {
    await page.goto(portal.site.url + path);
    expect(await page.evaluate(() => document.documentElement.dataset.display ?? 'normal'), path).toBe(mode);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, path).toBeLessThanOrEqual(client);
  }
  const region = page.locator('#sangong-overview').locator('xpath=..');
  expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
});
