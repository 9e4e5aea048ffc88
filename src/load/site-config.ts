// content/site.yaml: who publishes the portal's open data and under which licence. Optional: without it the
// downloads carry no licence or attribution (a content folder made for a test or a benchmark).
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const SiteConfig = z.object({
  /** Name of the portal's data package: lowercase letters, digits, "-", "." and "_". */
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  publisher: z.string().nullable().default(null),
  license: z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })
    .refine((l) => l.name !== undefined || l.path !== undefined, 'license needs name or path')
    .nullable().default(null),
  /** How users should credit the data, shown with the downloads and in datapackage.json. */
  attribution: z.string().nullable().default(null),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

const DEFAULT_SITE_CONFIG: SiteConfig = { name: 'mingzhang', title: '明账开放数据', publisher: null, license: null, attribution: null };

export function loadSiteConfig(yamlText: string | null): SiteConfig {
  return yamlText === null ? DEFAULT_SITE_CONFIG : SiteConfig.parse(parseYaml(yamlText));
}
