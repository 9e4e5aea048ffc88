// The bureau registry (content/bureaus.yaml): ids used in URLs, full names, regions and levels. Every mistake in it
// is a diagnostic at its line, so `npm run check` and the build both say where it is; entries that are right are
// still read, so one typo does not hide every other problem.
import { z } from 'zod';
import { hasDirectionControls, stripDirectionControls } from '../extract/direction-controls.ts';
import { readYaml } from '../extract/yaml.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/schema.ts';
import { NAME_MAX } from '../model/domain.ts';

const SHORT_NAME_MAX = 40;
export const LEVELS = ['省级', '市级', '县级', '乡级'] as const;

export const Bureau = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(NAME_MAX),
  shortNames: z.array(z.string().min(1).max(SHORT_NAME_MAX)).default([]),
  region: z.string().min(1).max(NAME_MAX),
  level: z.enum(LEVELS),
});
export type Bureau = z.infer<typeof Bureau>;

export interface Registry {
  bureaus: Bureau[];
  diagnostics: Diagnostic[];
}

export function readRegistry(text: string): Registry {
  const read = readYaml(text);
  if (!read.ok) return { bureaus: [], diagnostics: [diagnostic('MZ-REGISTRY-YAML', { line: read.line, column: read.column }, read.hint)] };
  if (!Array.isArray(read.value)) {
    return { bureaus: [], diagnostics: [diagnostic('MZ-REGISTRY-YAML', 1, '文件应是单位的列表，每个单位以 “- id: …” 开头。')] };
  }
  const diagnostics: Diagnostic[] = [];
  const bureaus: Bureau[] = [];
  const firstLine = new Map<string, number>();
  read.value.forEach((item: unknown, i) => {
    const line = read.lineOf([i]) ?? 1;
    const parsed = Bureau.safeParse(withoutControls(item, line, diagnostics));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) diagnostics.push(diagnostic('MZ-REGISTRY-ENTRY', read.lineOf([i, ...issue.path.map(pathKey)]) ?? line, issueText(issue, item)));
      return;
    }
    const seen = firstLine.get(parsed.data.id);
    if (seen !== undefined) {
      diagnostics.push(diagnostic('MZ-REGISTRY-DUPLICATE', line, parsed.data.id, seen));
      return;
    }
    firstLine.set(parsed.data.id, line);
    bureaus.push(parsed.data);
  });
  return { bureaus, diagnostics };
}

const pathKey = (key: PropertyKey) => (typeof key === 'symbol' ? String(key) : key);

/** Names are shown everywhere: direction controls are taken out, with a warning at the entry. */
function withoutControls(item: unknown, line: number, diagnostics: Diagnostic[]): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const text = JSON.stringify(item);
  if (!hasDirectionControls(text)) return item;
  diagnostics.push(diagnostic('MZ-TEXT-BIDI', line, 'content/bureaus.yaml 中的这个单位'));
  return JSON.parse(stripDirectionControls(text));
}

const FIELD_RULES: Record<string, string> = {
  id: 'id 只能用小写英文字母、数字和 “-”（如 shaoyang-ybj），它也是 content/reports/ 下的目录名',
  name: `name 是单位全称，不能为空，不超过 ${NAME_MAX} 个字`,
  shortNames: `shortNames 是简称的列表，如 [邵阳医保, 邵阳市医保局]，每个简称不超过 ${SHORT_NAME_MAX} 个字`,
  region: `region 是所在地区，如 湖南省邵阳市，不能为空，不超过 ${NAME_MAX} 个字`,
  level: `level 只能是 ${LEVELS.join('、')} 之一`,
};

/** A zod issue in the editor's terms: which field, and what it must be. */
function issueText(issue: z.core.$ZodIssue, item: unknown): string {
  const field = String(issue.path[0] ?? '');
  const rule = FIELD_RULES[field] ?? '每个单位应写成 “- id: …” 下面几行 name、shortNames、region、level';
  const missing = typeof item === 'object' && item !== null && !(field in item);
  return missing ? `缺少 ${field}。${rule}` : rule;
}
