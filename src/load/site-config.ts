// content/site.yaml: who publishes the portal's open data and under which licence, and the regions built as sites
// of their own (src/load/build-scope.ts). Optional: without it the
// downloads carry no licence or attribution (a content folder made for a test or a benchmark). Mistakes are
// diagnostics at their line, for `npm run check` and the build alike.
import { z } from 'zod';
import { isWebAddress } from '../extract/source.ts';
import { readYaml, type YamlRead } from '../extract/yaml.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/schema.ts';

export const SiteConfig = z.object({
  /** Name of the portal's data package: lowercase letters, digits, "-", "." and "_". */
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  publisher: z.string().nullable().default(null),
  license: z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })
    .refine((l) => l.name !== undefined || l.path !== undefined, 'license needs name or path')
    // The data page links the path: only a web address is kept (licencePathWarning says when one is dropped).
    .transform((l) => ({ ...l, path: l.path !== undefined && isWebAddress(l.path.trim()) ? l.path.trim() : undefined }))
    .nullable().default(null),
  /** How users should credit the data, shown with the downloads and in datapackage.json. */
  attribution: z.string().nullable().default(null),
  /** Regions built as portals of their own (MZ_REGION), which the national portal lists and searches. */
  regions: z.array(z.object({
    /** A region as bureaus.yaml writes it (湖南省郴州市): a bureau is in it when its region starts with this. */
    name: z.string().trim().min(1),
    /** Where the region's portal is served: a path on this host (/hunan/chenzhou/) or a web address; ends in "/". */
    url: z.string().trim().regex(/^(\/(?!\/)|https?:\/\/)\S*$/).transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  })).default([]),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
export type SiteRegion = SiteConfig['regions'][number];

const DEFAULT_SITE_CONFIG: SiteConfig = { name: 'mingzhang', title: '明账开放数据', publisher: null, license: null, attribution: null, regions: [] };

const FIELD_RULES: Record<string, string> = {
  name: 'name 是数据包的名称，只能用小写英文字母、数字和 “-”、“.”、“_”（如 mingzhang-portal）',
  title: 'title 是开放数据的标题，一行文字',
  publisher: 'publisher 是发布者名称，一行文字',
  license: 'license 写许可协议：name（如 CC-BY-4.0）和/或 path（许可文本的网址），可加 title',
  attribution: 'attribution 是使用数据时的署名要求，一行文字',
  regions: 'regions 是分地区构建的各地区门户，每项两行：name（地区，写法与 bureaus.yaml 的 region 开头一致，如 湖南省郴州市）和 url（该地区门户的地址，以 / 或 https:// 开头，如 /hunan/chenzhou/）',
};

export interface SiteSettings {
  config: SiteConfig;
  diagnostics: Diagnostic[];
}

/** `text` is null when the folder has no site.yaml. */
export function readSiteConfig(text: string | null): SiteSettings {
  if (text === null) return { config: DEFAULT_SITE_CONFIG, diagnostics: [] };
  const read = readYaml(text);
  if (!read.ok) return { config: DEFAULT_SITE_CONFIG, diagnostics: [diagnostic('MZ-SITE-YAML', { line: read.line, column: read.column }, read.hint)] };
  const parsed = SiteConfig.safeParse(read.value);
  if (parsed.success) return { config: parsed.data, diagnostics: licencePathWarning(read, text) };
  const diagnostics = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return diagnostic('MZ-SITE-CONFIG', read.lineOf(issue.path.map(String)) ?? read.lineOf([field]) ?? 1, FIELD_RULES[field] ?? `site.yaml 应是 “键: 值” 的列表，可用的键：${Object.keys(FIELD_RULES).join('、')}`);
  });
  return { config: DEFAULT_SITE_CONFIG, diagnostics };
}

/** A license.path that is not an http(s) address is not published: say so at its line and column. */
function licencePathWarning(read: Extract<YamlRead, { ok: true }>, text: string): Diagnostic[] {
  const path = (read.value as { license?: { path?: unknown } } | null)?.license?.path;
  if (typeof path !== 'string' || isWebAddress(path.trim())) return [];
  const line = read.lineOf(['license', 'path']) ?? 1;
  const column = (/^\s*path:\s*/.exec(text.split('\n')[line - 1] ?? '')?.[0].length ?? 0) + 1;
  return [diagnostic('MZ-SITE-LICENSE-PATH', { line, column }, path.trim())];
}
