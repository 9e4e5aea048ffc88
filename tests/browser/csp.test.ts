// Every page of the built portal, served with the Content-Security-Policy that README tells web servers to send,
// loads without a single violation and without inline code; a control page with inline code shows the check sees them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, unsafeMarkup } from '../support/browser.ts';
import { distFor, pagePaths, ROOT, serve } from '../support/site.ts';

const policies = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
const CSP = policies[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Violations the page reports while loading (Chromium logs each, and fires securitypolicyviolation). */
async function load(url: string) {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy event: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, violations };
}

// Every page is loaded in turn (report pages are long): the time grows with the number of pages.
const PAGES_TIMEOUT = 240_000;

describe('README Content-Security-Policy', () => {
  it('is documented once, the same for nginx and Apache, and strict', () => {
    expect(policies).toHaveLength(2);
    expect(policies[1]).toBe(CSP);
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(CSP).toContain(directive);
    }
    expect(CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('a page with inline code is caught (the check can fail)', async () => {
    const dir = join(ROOT, '.cache/test-builds/csp-control');
    mkdirSync(dir, { recursive: true });
    const html = '<!doctype html><html lang="zh-CN"><head><title>x</title><style>p{color:red}</style></head><body><p style="color:blue">x</p><script>document.title = "ran"</script></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, '404.html'), html);
    const site = await serve(dir, '/', { 'content-security-policy': CSP });
    const { page, violations } = await load(site.url);
    expect(await page.title()).toBe('x');
    expect(violations.length).toBeGreaterThanOrEqual(3);
    expect(await unsafeMarkup(page)).toEqual(expect.arrayContaining(['<p style>', 'inline <script>', '<style> element']));
    await site.close();
  });

  it('every page of the portal loads under it with no violation', async () => {
    const dist = distFor('/portal/');
    const site = await serve(dist, '/portal/', { 'content-security-policy': CSP });
    const paths = [...pagePaths(dist), 'no-such-page/'];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const { page, violations } = await load(site.url + path);
      expect(violations, path).toEqual([]);
      expect(await unsafeMarkup(page), path).toEqual([]);
      await page.close();
    }
    // The search script is a file, so it runs under the policy.
    const { page, violations } = await load(`${site.url}search/?q=${encodeURIComponent('邵阳')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^“邵阳”：找到 [1-9]\d* 个页面。$/);
    expect(violations).toEqual([]);
    // So is the comparison's: it narrows the page to the bureaus its address names.
    const compare = await load(`${site.url}compare/?b=chenzhou-ybj&b=liling-ybj`);
    await expect.poll(() => compare.page.locator('tr.difference').count()).toBe(1);
    expect(compare.violations).toEqual([]);
    await site.close();
  }, PAGES_TIMEOUT);
});
