// YAML as editors write it (front matter, content/bureaus.yaml, content/site.yaml): the value with the line of each
// of its parts, or the first mistake with its line, column and a Chinese hint. Aliases are capped, so a small file
// cannot expand into gigabytes ("billion laughs"); nesting too deep is a parse error of the library's own.
import { LineCounter, parseDocument, YAMLError } from 'yaml';

const MAX_ALIASES = 100;

export type YamlRead =
  | { ok: true; value: unknown; lineOf: (path: readonly (string | number)[]) => number | null }
  | { ok: false; line: number; column: number; hint: string };

export function readYaml(text: string): YamlRead {
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) throw doc.errors[0];
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    const lineOf = (path: readonly (string | number)[]) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : null;
    };
    return { ok: true, value, lineOf };
  } catch (e) {
    const at = e instanceof YAMLError ? e.linePos?.[0] : undefined;
    const line = at?.line ?? 1;
    return { ok: false, line, column: at?.col ?? 1, hint: yamlHint(e, text.split('\n')[line - 1] ?? '') };
  }
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
  const hint = /^[^:]*：/.test(line) ? FULL_WIDTH_COLON_HINT : (YAML_HINTS[e instanceof YAMLError ? e.code : ''] ?? YAML_GENERAL_HINT);
  return `${hint}（YAML 解析器的说明：${reason}）`;
}
