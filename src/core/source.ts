// Reads a report file: decoding, line splitting and YAML front matter. Line numbers are the file's own.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Diagnostics } from './diagnostics.ts';

export interface FrontMatter {
  bureau?: string;
  year?: number;
  kind?: string;
  region?: string;
  source_url?: string;
}

export interface SourceText {
  /** Every line of the file, index 0 = line 1. */
  lines: string[];
  /** First line of the document body (1-based), after any front matter. */
  bodyStart: number;
  frontMatter: FrontMatter;
}

const FRONT_MATTER_KEYS = ['bureau', 'year', 'kind', 'region', 'source_url'];

export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

export function readSource(text: string, diagnostics: Diagnostics): SourceText {
  const lines = splitLines(text);
  if (lines[0]?.trim() !== '---') return { lines, bodyStart: 1, frontMatter: {} };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    diagnostics.error('MZ-FM-UNCLOSED', 1, '文件以 “---” 开头，但没有找到结束的 “---” 行。请在头信息（bureau、year 等）之后单独加一行 “---”。');
    return { lines, bodyStart: 1, frontMatter: {} };
  }
  return { lines, bodyStart: close + 2, frontMatter: readFrontMatter(lines.slice(1, close), diagnostics) };
}

function readFrontMatter(yamlLines: string[], diagnostics: Diagnostics): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlLines.join('\n'));
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 1) + 1 : 2;
    diagnostics.error('MZ-FM-YAML', line, `头信息不是有效的 YAML：${e instanceof Error ? e.message.split('\n')[0] : String(e)}。每行写成 “键: 值”，例如 “year: 2023”。`);
    return {};
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.error('MZ-FM-YAML', 2, '头信息应是 “键: 值” 的列表，例如 “bureau: 邵阳市医疗保障局”。');
    return {};
  }
  const fm = data as Record<string, unknown>;
  for (const key of Object.keys(fm)) {
    if (!FRONT_MATTER_KEYS.includes(key)) {
      const line = 2 + yamlLines.findIndex((l) => l.trimStart().startsWith(key));
      diagnostics.warning('MZ-FM-UNKNOWN-KEY', line, `头信息中的 “${key}” 不是已知字段，已忽略。可用字段：${FRONT_MATTER_KEYS.join('、')}。`);
    }
  }
  return {
    bureau: typeof fm.bureau === 'string' ? fm.bureau.trim() : undefined,
    year: typeof fm.year === 'number' ? fm.year : typeof fm.year === 'string' && /^\d{4}$/.test(fm.year) ? Number(fm.year) : undefined,
    kind: typeof fm.kind === 'string' ? fm.kind.trim() : undefined,
    region: typeof fm.region === 'string' ? fm.region.trim() : undefined,
    source_url: typeof fm.source_url === 'string' ? fm.source_url.trim() : undefined,
  };
}
