// Reads a report file: decoding, line splitting and YAML front matter. Line numbers are the file's own.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Diagnostics } from '../model/diagnostics.ts';

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
    // The parser counts from the first line after "---": file line = its line + 1.
    const at = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    const line = (at?.line ?? 1) + 1;
    diagnostics.error('MZ-FM-YAML', line, `头信息第 ${line} 行不是有效的 YAML：${yamlHint(e, yamlLines[line - 2] ?? '')}`, at?.col ?? 1);
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
    source_url: webAddress(fm.source_url, 2 + yamlLines.findIndex((l) => l.trimStart().startsWith('source_url')), diagnostics),
  };
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: '行首不能用制表符（Tab），请删除行首的空白。',
  DUPLICATE_KEY: '同一个键写了两次，请删去其中一行。',
  MISSING_CHAR: '引号没有配对：请补上结尾的引号，或去掉引号。',
};
const YAML_GENERAL_HINT = '请检查这一行和下一行：每行写成 “键: 值”（如 “year: 2023”），行首不要有空格；值里有冒号时，请把整个值用英文引号括起来。';
const FULL_WIDTH_COLON_HINT = '键和值之间要用半角冒号加空格（如 “year: 2023”），不能用全角冒号 “：”。';

/** What to do about a YAML error, in the editor's terms; the parser's own (English) reason last, without positions. */
function yamlHint(e: unknown, line: string): string {
  const reason = (e instanceof Error ? e.message.split('\n')[0] : String(e)).replace(/ at line \d+, column \d+:?$/, '');
  const hint = /^[^:]*：/.test(line) ? FULL_WIDTH_COLON_HINT : (YAML_HINTS[e instanceof YAMLParseError ? e.code : ''] ?? YAML_GENERAL_HINT);
  return `${hint}（YAML 解析器的说明：${reason}）`;
}

/** Only http(s) addresses become links: "javascript:" and the like would run code in a reader's browser. */
export const isWebAddress = (text: string) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);

function webAddress(value: unknown, line: number, diagnostics: Diagnostics): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (isWebAddress(text)) return text;
  diagnostics.warning('MZ-FM-SOURCE-URL', line, `头信息的 source_url “${text}” 不是以 http:// 或 https:// 开头的网址，不会显示为链接。请填写原文发布页面的完整网址。`);
  return undefined;
}
