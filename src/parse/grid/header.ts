// A table's header tree from its own header cells, by position. Cells with no header cell below them that overlaps
// them are the candidate leaves. A candidate that feeds no column of
// figures and has header rows below it is a centred group title narrower than what it heads (「本年收入」 over
// 项目 | 预算数): it heads the leaves below it up to the midpoints to its neighbours on its row. Of a leaf's
// ancestors, one over this leaf alone is part of its label (a label wrapped over lines, 「本年收入合」/「计」, or a
// heading over one column); one over several leaves is a group.
import { SIDE_HEADING, normaliseLabel } from '../meanings/vocabulary.ts';
import type { GridCell, GridLine } from './lines.ts';

export interface Leaf {
  label: string;
  /** Group headings above this column, outermost first. */
  groups: string[];
  x0: number;
  x1: number;
}

interface Span {
  x0: number;
  x1: number;
}

const overlaps = (a: Span, b: Span) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
const gap = (a: Span, b: Span) => Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
const centreIn = (c: Span, s: Span) => (c.x0 + c.x1) / 2 >= s.x0 && (c.x0 + c.x1) / 2 <= s.x1;

export function headerLeaves(lines: readonly GridLine[], slots: readonly Span[]): Leaf[] {
  const cells = lines.flatMap((l) => l.cells).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lowest = Math.max(...cells.map((c) => c.y));
  const candidates = cells.filter((c) => !cells.some((d) => d.y > c.y + 0.5 && overlaps(c, d)));
  const fed = new Set(slots.map((s) => nearest(s, candidates)).filter((c) => c !== undefined));
  const edges = { x0: Math.min(...cells.map((c) => c.x0), ...slots.map((s) => s.x0)), x1: Math.max(...cells.map((c) => c.x1), ...slots.map((s) => s.x1)) };
  // A column left blank in every row feeds no slot either: only a candidate with leaves within its reach heads them.
  const heads = (c: GridCell) => candidates.some((d) => d !== c && d.y > c.y + 0.5 && centreIn(d, widened(c, lines, edges)));
  const floating = new Set(candidates.filter((c) => !fed.has(c) && c.y < lowest - 0.5 && heads(c)));
  const leaves = candidates.filter((c) => !floating.has(c));
  // The headings of a table's sides (预算数 | 决算数, 收入 | 支出) reach to the midpoints between them; any other is
  // known only as far as its own text (pieces of labels wrapped over lines share rows with other cells too).
  const under = new Map<GridCell, GridCell[]>();
  for (const c of cells) {
    if (leaves.includes(c)) continue;
    const reach = floating.has(c) || SIDE_HEADING.test(normaliseLabel(c.text));
    const span = reach ? widened(c, lines, edges) : c;
    under.set(c, leaves.filter((l) => l.y > c.y + 0.5 && (reach ? centreIn(l, span) : overlaps(c, l))));
  }
  return leaves
    .map((leaf) => {
      const above = cells.filter((c) => under.get(c)?.includes(leaf));
      const own = [...above.filter((c) => under.get(c)!.length === 1), leaf];
      return {
        label: own.map((c) => c.text).join(''),
        groups: above.filter((c) => under.get(c)!.length > 1).map((c) => c.text),
        x0: Math.min(...own.map((c) => c.x0)),
        x1: Math.max(...own.map((c) => c.x1)),
      };
    })
    .sort((a, b) => a.x0 - b.x0);
}

/** The candidate a slot of figures sits under: the nearest; of equally near ones, the lowest (nearest the figures). */
function nearest(slot: Span, candidates: readonly GridCell[]): GridCell | undefined {
  let best: GridCell | undefined;
  for (const c of candidates) {
    if (!best || gap(slot, c) < gap(slot, best) - 0.5 || (Math.abs(gap(slot, c) - gap(slot, best)) <= 0.5 && c.y > best.y)) best = c;
  }
  return best;
}

/** A centred title's reach: to the midpoints between it and its neighbours on its row, or the table's edges. */
function widened(c: GridCell, lines: readonly GridLine[], edges: Span): Span {
  const row = lines.find((l) => l.cells.includes(c))!.cells;
  const i = row.indexOf(c);
  return {
    x0: i > 0 ? (row[i - 1].x1 + c.x0) / 2 : edges.x0,
    x1: i < row.length - 1 ? (c.x1 + row[i + 1].x0) / 2 : edges.x1,
  };
}
