// content/site.yaml, read once per build; a broken file stops the build with a message naming what to fix.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSiteConfig, siteConfigWarnings, type SiteConfig } from '../load/site-config.ts';
import { CONTENT_DIR } from '../load/content-dir.ts';

let config: SiteConfig | undefined;

export function siteConfig(): SiteConfig {
  if (config) return config;
  const file = join(CONTENT_DIR, 'site.yaml');
  try {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    config = loadSiteConfig(text);
    for (const d of text === null ? [] : siteConfigWarnings(text)) console.warn(`${relative(process.cwd(), file).split(sep).join('/')}:${d.line}:${d.column} ${d.severity} 警告：${d.message} [${d.code}]`);
    return config;
  } catch (e) {
    throw new Error(`${file} 有误，请按 README “开放数据” 一节改正：${e instanceof Error ? e.message : String(e)}`);
  }
}
