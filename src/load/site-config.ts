// content/site.yaml: who publishes the portal's open data and under which licence. Optional: without it the
// downloads carry no licence or attribution (a content folder made for a test or a benchmark).
import { isScalar, LineCounter, parse as parseYaml, parseDocument } from 'yaml';
import { z } from 'zod';
import { isWebAddress } from '../extract/source.ts';
import { diag } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/schema.ts';

export const SiteConfig = z.object({
  /** Name of the portal's data package: lowercase letters, digits, "-", "." and "_". */
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  publisher: z.string().nullable().default(null),
  license: z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })
    .refine((l) => l.name !== undefined || l.path !== undefined, 'license needs name or path')
    // The data page links the path: only a web address is kept (siteConfigWarnings says when one is dropped).
    .transform((l) => ({ ...l, path: l.path !== undefined && isWebAddress(l.path.trim()) ? l.path.trim() : undefined }))
    .nullable().default(null),
  /** How users should credit the data, shown with the downloads and in datapackage.json. */
  attribution: z.string().nullable().default(null),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

const DEFAULT_SITE_CONFIG: SiteConfig = { name: 'mingzhang', title: '明账开放数据', publisher: null, license: null, attribution: null };

export function loadSiteConfig(yamlText: string | null): SiteConfig {
  return yamlText === null ? DEFAULT_SITE_CONFIG : SiteConfig.parse(parseYaml(yamlText));
}

/** What site.yaml holds that is not published as written: a licence path that is not a web address. */
export function siteConfigWarnings(yamlText: string): Diagnostic[] {
  const lineCounter = new LineCounter();
  const node = parseDocument(yamlText, { lineCounter }).getIn(['license', 'path'], true);
  if (!isScalar(node) || typeof node.value !== 'string' || isWebAddress(node.value.trim())) return [];
  const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
  return [diag('MZ-SITE-LICENSE-PATH', 'warning', line, `license.path “${node.value.trim()}” 不是以 http:// 或 https:// 开头的网址，不会显示为链接，也不写入 datapackage.json。请填写许可协议的完整网址（如 https://creativecommons.org/licenses/by/4.0/），或删去 path 只写 name。`, col)];
}
