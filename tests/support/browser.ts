// Debian's Chromium driven by playwright-core: no browser download; flags keep it off this machine's closed network.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Containers often give /dev/shm only 64 MB, too little for the long report pages.
      '--disable-dev-shm-usage'],
  });
}
