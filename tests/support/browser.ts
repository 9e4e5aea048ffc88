// Debian's Chromium driven by playwright-core: no browser download; flags keep it off this machine's closed network.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type Served } from './site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Containers often give /dev/shm only 64 MB, too little for the long report pages.
      '--disable-dev-shm-usage'],
  });
}

/** A built site served on loopback and a browser, for the tests of the describe block that calls this. */
export function servedInBrowser(dir: string, base = '/'): { readonly browser: Browser; readonly url: string } {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    site = await serve(dir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser;
    },
    get url() {
      return site.url;
    },
  };
}

/**
 * What in the loaded page could run code or break a strict Content-Security-Policy, read from the DOM the browser
 * built (so text that merely looks like markup is not counted): inline event handlers, inline scripts and styles,
 * style attributes, javascript: URLs, frames and plugins.
 */
export function unsafeMarkup(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    // Style attributes as served: scripts may set styles through the CSSOM (chart.js sizes its canvas), which a CSP
    // allows; a style attribute set as markup is caught by the policy's violation report.
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    for (const el of served.querySelectorAll('[style]')) found.push(`<${el.localName} style>`);
    const url = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (a.name.startsWith('on')) found.push(`<${el.localName} ${a.name}>`);
        if (url.includes(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
    for (const s of document.querySelectorAll('script')) if (!s.src || s.textContent?.trim()) found.push('inline <script>');
    for (const _ of document.querySelectorAll('style')) found.push('<style> element');
    for (const el of document.querySelectorAll('iframe, frame, object, embed, base')) found.push(`<${el.localName}>`);
    return found;
  });
}
