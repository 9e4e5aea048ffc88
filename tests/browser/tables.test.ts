// Every numeric cell of every table resolves, through `headers` or `scope`, to a row header and to each level of
// its column headers: what a screen reader needs to announce "公务接待费, 决算数, 2.22".
import { afterAll, expect, test } from 'vitest';
import { open, usePortal } from '../support/pages.ts';
import { installTableHeaders } from '../support/table-headers.ts';

const portal = usePortal();
const total = { tables: 0, cells: 0 };

afterAll(() => {
  console.log(`table headers: ${total.cells} numeric cells in ${total.tables} tables on ${portal.pages.length} pages checked`);
});

test.each(portal.pages)('every numeric cell of /%s has its row and column headers', async (path) => {
  const page = await portal.browser.newPage();
  try {
    await open(page, portal.site.url + path);
    await page.evaluate(installTableHeaders);
    const { tables, cells, problems } = await page.evaluate(() => window.mzTableHeaders!.check());
    total.tables += tables;
    total.cells += cells;
    expect(problems.slice(0, 30), `${problems.length} cells without their headers on /${path}`).toEqual([]);
  } finally {
    await page.close();
  }
});
