// A citizen's path: on the home page search 三公经费, open 郴州市医疗保障局's 2022 report, read its 三公 actual total
// from the table (the figure a person read from the document), and follow that figure to its line in the original.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { usePortal } from '../support/pages.ts';
import { ROOT } from '../support/site.ts';
import { installTableHeaders } from '../support/table-headers.ts';

const BUREAU = '郴州市医疗保障局';
const YEAR = 2022;
const expected = Object.values<{ bureau: string; year: number; sangong: { actual: { total: string } } }>(
  JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'seeds', 'expected.json'), 'utf8')).reports,
).find((r) => r.bureau === BUREAU && r.year === YEAR)!.sangong.actual.total;

const portal = usePortal();
const STEP = { timeout: 10_000 };

test(`search 三公经费, open ${BUREAU} ${YEAR}, read the 三公 actual total ${expected}, follow it to its source line`, async () => {
  const context = await portal.browser.newContext({ reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(portal.site.url);
    await page.getByRole('searchbox').first().fill('三公经费');
    await page.getByRole('searchbox').first().press('Enter');

    const result = page.getByRole('main').getByRole('link', { name: new RegExp(`${BUREAU}.*${YEAR}|${YEAR}.*${BUREAU}`) }).first();
    // Five results at a time: the citizen asks for more until the report is listed.
    const more = page.getByRole('button', { name: '显示更多结果' });
    await expect.poll(() => page.locator('#search-status').textContent(), STEP).toMatch(/找到/);
    const listed = page.locator('.search-result');
    while ((await result.count()) === 0) {
      const before = await listed.count();
      await more.click(STEP);
      await expect.poll(() => listed.count(), STEP).toBeGreaterThan(before);
    }
    await result.click(STEP);
    await expect.poll(() => page.locator('h1').textContent(), STEP).toMatch(new RegExp(`${BUREAU}.*${YEAR}`));

    // The 三公 table's cell under 决算 (actual) in the 合计 (total) row, found by its headers as a screen reader would.
    await page.evaluate(installTableHeaders);
    const index = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('td')];
      return cells.findIndex((td) => {
        if (!td.closest('table')?.caption?.textContent?.includes('三公')) return false;
        const h = window.mzTableHeaders!.headerTexts(td);
        const all = [...h.row, ...h.column];
        return all.some((t) => t.includes('合计')) && all.some((t) => t.includes('决算'));
      });
    });
    expect(index, 'a 三公 table cell headed 合计 and 决算').toBeGreaterThanOrEqual(0);
    const figure = page.locator('td').nth(index);
    const text = (await figure.innerText()).trim();
    expect(Number(text.replace(/,/g, ''))).toBe(Number(expected));

    // The figure links to the line it was read from; that line shows the figure.
    const before = page.url();
    await figure.locator('a').first().click();
    await expect.poll(() => page.url(), STEP).not.toBe(before);
    expect(new URL(page.url()).hash, 'the link names a line').toMatch(/^#.+/);
    const line = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
    await expect.poll(() => line.innerText(), STEP).toContain(text);
    expect(await line.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }), 'the source line is scrolled into view').toBe(true);
  } finally {
    await context.close();
  }
});
