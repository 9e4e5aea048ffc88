// Reads a report file: decoding, line splitting and YAML front matter. Line numbers are the file's own.
import type { Diagnostics } from '../model/diagnostics.ts';
import { hasDirectionControls, stripDirectionControls } from './direction-controls.ts';
import { readYaml } from './yaml.ts';
import { NAME_MAX } from '../model/domain.ts';

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
    diagnostics.raise('MZ-FM-UNCLOSED', 1);
    return { lines, bodyStart: 1, frontMatter: {} };
  }
  return { lines, bodyStart: close + 2, frontMatter: readFrontMatter(lines.slice(1, close), diagnostics) };
}

function readFrontMatter(yamlLines: string[], diagnostics: Diagnostics): FrontMatter {
  const read = readYaml(yamlLines.join('\n'));
  if (!read.ok) {
    // The parser counts from the first line after "---": file line = its line + 1.
    const line = read.line + 1;
    diagnostics.raise('MZ-FM-YAML', { line, column: read.column }, { line, hint: read.hint });
    return {};
  }
  const data = read.value;
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.raise('MZ-FM-YAML', 2, null);
    return {};
  }
  // Line 1 is "---": a key on the block's first line is file line 2.
  return readFields(data as Record<string, unknown>, (key) => 2 + yamlLines.findIndex((l) => l.trimStart().startsWith(key)), diagnostics);
}

/**
 * The identity fields of front matter or of a PDF's sidecar YAML, checked as they will be shown; keys not in `keys`
 * are warned about and ignored. `lineOf` gives the line of a key in the file.
 */
export function readFields(data: Record<string, unknown>, lineOf: (key: string) => number, diagnostics: Diagnostics, keys: readonly string[] = FRONT_MATTER_KEYS): FrontMatter {
  const fm = Object.fromEntries(Object.entries(data).filter(([key]) => keys.includes(key)));
  for (const key of Object.keys(data)) {
    if (!keys.includes(key)) diagnostics.raise('MZ-FM-UNKNOWN-KEY', lineOf(key), key, keys);
  }
  const text = (key: string) => shownText(fm[key], key, lineOf(key), diagnostics);
  return {
    bureau: name(text('bureau'), 'bureau', lineOf('bureau'), diagnostics),
    year: typeof fm.year === 'number' ? fm.year : typeof fm.year === 'string' && /^\d{4}$/.test(fm.year) ? Number(fm.year) : undefined,
    kind: text('kind'),
    region: name(text('region'), 'region', lineOf('region'), diagnostics),
    source_url: webAddress(text('source_url'), lineOf('source_url'), diagnostics),
  };
}

/** A text value as it will be shown: trimmed, without direction controls (with a warning when it had some). */
function shownText(value: unknown, key: string, line: number, diagnostics: Diagnostics): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (hasDirectionControls(value)) diagnostics.raise('MZ-TEXT-BIDI', line, `头信息的 ${key} `);
  return stripDirectionControls(value).trim();
}

function name(value: string | undefined, key: string, line: number, diagnostics: Diagnostics): string | undefined {
  if (value === undefined || value.length <= NAME_MAX) return value;
  diagnostics.raise('MZ-FM-TOO-LONG', line, key, NAME_MAX);
  return undefined;
}

/** Only http(s) addresses become links: "javascript:" and the like would run code in a reader's browser. */
export const isWebAddress = (text: string) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);

function webAddress(text: string | undefined, line: number, diagnostics: Diagnostics): string | undefined {
  if (text === undefined) return undefined;
  if (isWebAddress(text)) return text;
  diagnostics.raise('MZ-FM-SOURCE-URL', line, text);
  return undefined;
}
