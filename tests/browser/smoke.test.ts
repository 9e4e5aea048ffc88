import { expect, test } from 'vitest';
import { usePortal } from '../support/pages.ts';

const portal = usePortal('/portal/');

test('the home page under /portal/ opens and names the portal in Chinese', async () => {
  const page = await portal.browser.newPage();
  await page.goto(portal.site.url);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.locator('h1').first().textContent()).toBeTruthy();
  await page.click('text=三公经费');
  expect(page.url()).toBe(`${portal.site.url}sangong/`);
});
