import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { distFor, serve, type Served } from '../support/site.ts';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  site = await serve(distFor('/portal/'), '/portal/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the home page under /portal/ opens and names the portal in Chinese', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.locator('h1').first().textContent()).toBeTruthy();
  await page.click('text=三公经费');
  expect(page.url()).toBe(`${site.url}sangong/`);
});
