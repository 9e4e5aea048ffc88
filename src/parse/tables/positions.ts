// Where each column stands on lines laid out by position (pdftotext -layout). Converters pad either to a character
// count or to the shown width (a wide character takes two places); the measure used is the one under which the
// table's figures line up in no more places than there are columns. Each place is given its column by the rows that
// could be read only one way, or by the header label it stands under. Rows joined by single spaces carry no positions.
import { stripSpace } from '../../model/money.ts';
import type { RawRow, Span } from '../../extract/rows.ts';
import type { Column } from '../../model/schema.ts';
import type { Piece } from './pieces.ts';

export type Measure = keyof Span;

/** Where a table's figures and codes line up: for each, the alignment side and each edge's column. */
export interface Spans {
  measure: Measure;
  amount: { side: 0 | 1; edges: Map<number, number> } | null;
  code: { side: 0 | 1; edges: Map<number, number> } | null;
}

/** The column a figure's or code's position puts it under, or null when its position says nothing. */
export function columnAt(piece: Piece, spans: Spans): number | null {
  const located = piece.kind === 'amount' ? spans.amount : piece.kind === 'code' ? spans.code : null;
  return located ? (located.edges.get(piece.span[spans.measure][located.side]) ?? null) : null;
}

/** Cells placed by runs of spaces: most rows of several cells have a gap of two or more spaces. */
export function laidOut(rows: readonly RawRow[]): boolean {
  const gaps = rows.filter((r) => r.spans && r.spans.length > 1).map((r) => r.spans!.some((s, i) => i > 0 && s.chars[0] - r.spans![i - 1].chars[1] >= 2));
  return gaps.length > 0 && gaps.filter(Boolean).length >= gaps.length * 0.8;
}

/** For whole numbers (行次) and for amounts apart: the side (left or right edge) on which they line up best. */
function edgeSets(rows: readonly Piece[][], measure: Measure): number[][] {
  return (['int', 'amount'] as const).map((kind) => {
    const figures = rows.flatMap((r) => r.filter((p) => p.kind === kind));
    const lefts = figures.map((p) => p.span[measure][0]);
    const rights = figures.map((p) => p.span[measure][1]);
    return new Set(rights).size <= new Set(lefts).size ? rights : lefts;
  });
}

/** Places where the figures line up under `measure`. */
const placesUsed = (sets: number[][]) => sets.reduce((n, edges) => n + new Set(edges).size, 0);

/** The share of figures standing at the `slots` most used places: near 1 when the rows are aligned. */
function aligned(sets: number[][], slots: number): number {
  const counts = sets.flatMap((edges) => [...edges.reduce((m, e) => m.set(e, (m.get(e) ?? 0) + 1), new Map<number, number>()).values()]);
  const total = counts.reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : counts.sort((a, b) => b - a).slice(0, slots).reduce((a, b) => a + b, 0) / total;
}

/** The measure under which these rows' figures use fewer places; null when the rows cannot tell. */
export function betterMeasure(rows: readonly Piece[][]): Measure | null {
  const [c, s] = [placesUsed(edgeSets(rows, 'chars')), placesUsed(edgeSets(rows, 'shown'))];
  return c === s ? null : c < s ? 'chars' : 'shown';
}

/**
 * The measures under which the figures line up in columns: the one using fewer places, provided nearly all figures
 * stand at no more places than there are columns (a misaligned totals row may stand elsewhere). When the figures
 * stand alike under either (no wide characters before them), the document's measure (`usual`, what its other
 * tables show), else both, and the header decides (locateColumns).
 */
function measures(rows: readonly Piece[][], columns: readonly Column[], usual: Measure | null): Measure[] {
  const slots = columns.filter((c) => c.role === 'amount' || c.role === 'rowNo').length;
  const same = rows.every((r) => r.every((p) => p.kind === 'text' || p.span.chars[0] === p.span.shown[0]));
  if (same) return aligned(edgeSets(rows, 'chars'), slots) < 0.9 ? [] : usual ? [usual] : ['chars', 'shown'];
  const measure = betterMeasure(rows);
  return measure && aligned(edgeSets(rows, measure), slots) >= 0.9 ? [measure] : [];
}

const norm = (s: string) => stripSpace(s).replace(/[()（）“”"]/g, '');

type Located = 'amount' | 'code';

/** A header row's cells: in a table laid out by runs of spaces, words one space apart are one cell (「公务接待 费」). */
function headerCells(row: RawRow, measure: Measure): { text: string; span: [number, number] }[] {
  const cells: { text: string; span: [number, number]; end: number }[] = [];
  (row.spans ?? []).forEach((s, i) => {
    const last = cells.at(-1);
    if (last && s.chars[0] - last.end <= 1) {
      last.text += norm(row.cells[i]);
      last.span = [last.span[0], s[measure][1]];
    } else cells.push({ text: norm(row.cells[i]), span: [...s[measure]], end: s.chars[1] });
    cells.at(-1)!.end = s.chars[1];
  });
  return cells;
}

/** Header labels matched to the columns of that label, in order (金额 … 金额 → in.amount, out.amount): their extents. */
function labelSpans(header: readonly RawRow[], columns: readonly Column[], role: Located, measure: Measure): Map<number, [number, number]> {
  const found = new Map<number, [number, number]>();
  const tokens = header.flatMap((r) => headerCells(r, measure));
  for (const label of new Set(columns.filter((c) => c.role === role).map((c) => norm(c.label)))) {
    const cols = columns.flatMap((c, i) => (c.role === role && norm(c.label) === label ? [i] : []));
    const spans = tokens.filter((t) => t.text === label).map((t) => t.span);
    if (spans.length === cols.length) cols.forEach((c, k) => found.set(c, spans[k]));
  }
  return found;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** The side (left 0, right 1) on which the pieces line up best. */
function sideOf(pieces: readonly Piece[], measure: Measure): 0 | 1 {
  return new Set(pieces.map((p) => p.span[measure][1])).size <= new Set(pieces.map((p) => p.span[measure][0])).size ? 1 : 0;
}

/** What locates a table's columns: its spaced rows, its header rows, the rows read only one way, and its columns. */
export interface Evidence {
  rows: readonly Piece[][];
  header: readonly RawRow[];
  single: readonly { pieces: Piece[]; at: number[] }[];
  columns: readonly Column[];
}

/**
 * Which column each alignment edge of `role`'s pieces (figures, or codes) belongs to: fixed by the rows that could be
 * read only one way, else by the one header label they stand under. The result must keep the columns' order and
 * give each edge one column; otherwise null.
 */
function locate({ rows, header, single, columns }: Evidence, role: Located, measure: Measure): { side: 0 | 1; edges: Map<number, number> } | null {
  const mine = rows.flatMap((r) => r.filter((p) => p.kind === role));
  const side = sideOf(mine, measure);
  const edgeOf = (p: Piece) => p.span[measure][side];
  const edges = new Map<number, number>();
  for (const { pieces, at } of single) {
    for (const [c, i] of at.entries()) {
      if (i < 0 || pieces[i].kind !== role) continue;
      if ((edges.get(edgeOf(pieces[i])) ?? c) !== c) return null;
      edges.set(edgeOf(pieces[i]), c);
    }
  }
  // Otherwise the column whose header label the figures stand under: the only label their extent overlaps.
  const labels = [...labelSpans(header, columns, role, measure)];
  for (const e of new Set(mine.map(edgeOf))) {
    if (edges.has(e)) continue;
    const at = mine.filter((p) => edgeOf(p) === e).map((p) => p.span[measure]);
    const extent = at.reduce((e, x): [number, number] => [Math.min(e[0], x[0]), Math.max(e[1], x[1])], [Infinity, -Infinity]);
    const under = labels.filter(([, span]) => overlaps(span, extent));
    if (under.length === 1) edges.set(e, under[0][0]);
  }
  const ordered = [...edges].sort((a, b) => a[0] - b[0]);
  return ordered.some(([, c], k) => k > 0 && c <= ordered[k - 1][1]) ? null : { side, edges };
}

function locateIn(evidence: Evidence, measure: Measure): Spans | null {
  const amount = locate(evidence, 'amount', measure);
  const code = locate(evidence, 'code', measure);
  return amount || code ? { measure, amount, code } : null;
}

/**
 * Where the figures and codes of a table laid out by position stand, under each measure `measures` allows; used
 * only when those that locate anything agree on every piece's column.
 */
export function locateColumns(evidence: Evidence, usual: Measure | null): Spans | null {
  const found = measures(evidence.rows, evidence.columns, usual).map((m) => locateIn(evidence, m)).filter((s): s is Spans => s !== null);
  if (found.length === 0) return null;
  const agree = found.every((s) => evidence.rows.every((r) => r.every((p) => columnAt(p, s) === columnAt(p, found[0]))));
  return agree ? found[0] : null;
}
