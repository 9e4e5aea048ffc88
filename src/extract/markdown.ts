// The body of a .md report as the lines the parser reads: headings, paragraphs and list items as plain text, GFM
// table rows as tab-separated cells. Each output line stays at the line it came from (mdast positions), so line
// numbers are the file's own; lines no reduced node covers (blank lines, code, HTML blocks) are left as written.
import type { List, Nodes, Parents, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/** `lines` (the whole file, index 0 = line 1) with the body from `bodyStart` on reduced to plain text lines. */
export function markdownLines(lines: readonly string[], bodyStart: number): string[] {
  const out = [...lines];
  const tree = processor.parse(lines.slice(bodyStart - 1).join('\n'));
  // mdast counts from the body's first line.
  reduce(tree, { out, lines, offset: bodyStart - 1 });
  return out;
}

interface Target {
  out: string[];
  lines: readonly string[];
  offset: number;
}

/** Index in the file's lines of mdast line `line`. */
const at = (t: Target, line: number) => line - 1 + t.offset;

function reduce(node: Nodes, t: Target): void {
  if (node.type === 'heading' || node.type === 'paragraph') return textLines(node, t);
  if (node.type === 'table') return tableLines(node, t);
  if ('children' in node) for (const child of node.children) reduce(child, t);
  if (node.type === 'list') listMarkers(node, t);
}

/** Each line of a heading or paragraph: its text, emphasis, links and inline HTML reduced to what they say. */
function textLines(node: Parents, t: Target): void {
  const { start, end } = node.position!;
  const text = Array<string>(end.line - start.line + 1).fill('');
  for (const [line, piece] of pieces(node)) text[line - start.line] += piece;
  text.forEach((s, i) => (t.out[at(t, start.line + i)] = s.trim()));
}

/** The text of an inline node, piece by piece, each with the line it starts on (soft line breaks move to the next). */
function pieces(node: Nodes): [number, string][] {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'text') return node.value.split('\n').map((text, i) => [line + i, text]);
  if (node.type === 'inlineCode') return [[line, node.value]];
  if (node.type === 'image') return [[line, node.alt ?? '']];
  // A <br> parts what it stood between (two figures must not be glued into one); other tags carry no text.
  if (node.type === 'html') return [[line, /^<br\b/i.test(node.value) ? ' ' : '']];
  return 'children' in node ? node.children.flatMap(pieces) : [];
}

/** Each table row on its line as tab-separated cells; the delimiter row (|---|) carries no text and reads as blank. */
function tableLines(table: Table, t: Target): void {
  const delimiter = table.children[0].position!.start.line + 1;
  t.out[at(t, delimiter)] = '';
  for (const row of table.children) {
    const cells = row.children.map((cell) => pieces(cell).map(([, text]) => text).join('').replace(/\t/g, ' ').trim());
    t.out[at(t, row.position!.start.line)] = cells.join('\t');
  }
}

/** A list item reads as the parser reads one in a .txt: "- " (or its number) before the item's text. */
function listMarkers(list: List, t: Target): void {
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph' || first.position!.start.line !== item.position!.start.line) continue;
    const { line, column } = item.position!.start;
    const number = list.ordered ? /^\d+[.)]/.exec(t.lines[at(t, line)].slice(column - 1))?.[0] : undefined;
    t.out[at(t, line)] = `${number ?? '-'} ${t.out[at(t, line)]}`;
  }
}
