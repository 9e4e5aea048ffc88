// Fragments of one page → visual rows (lines) → cells. A row is the fragments whose baselines lie within a
// tolerance of the row's first baseline: a label set in a larger font sits a little off the baseline of its row.
// Within a row, fragments closer than a cell gap form one cell; wider gaps separate cells, which keep their x-range
// so that later stages can assign them to columns by position (blank cells are simply absent from a PDF).
import type { Fragment } from './geometry.ts';

export interface PdfCell {
  text: string;
  /** Left and right edge, page units from the displayed page's left edge. */
  x0: number;
  x1: number;
  /** Baseline of the cell's first fragment, page units from the displayed page's top. */
  y: number;
  /** Largest font size in the cell. */
  size: number;
}

export interface PdfLine {
  /** Baseline of the row (its first fragment). */
  y: number;
  cells: PdfCell[];
}

/** Baselines within this share of the smaller font size are one row (rows are at least about one size apart). */
const ROW_TOLERANCE = 0.3;
/**
 * A gap wider than this share of the font size separates cells; narrower gaps are spacing within a cell (a figure
 * right-aligned in its cell can stand 0.75 em before the next cell's label; a typed space is about 0.5 em).
 */
const CELL_GAP = 0.7;
/**
 * Letter-spaced labels (合　计, 金　额) set single characters up to about 1.5 em apart; single-character cells of
 * adjacent narrow columns (类 款 项) stand further apart.
 */
const LETTER_GAP = 1.6;
/** Between Latin letters or digits, a gap wider than this share of the font size is a space. */
const SPACE_GAP = 0.2;
/** Text drawn twice at almost the same place (fake bold) is one text: within this share of the font size. */
const SAME_PLACE = 0.2;

export function layoutLines(fragments: readonly Fragment[]): PdfLine[] {
  const sorted = dropOverprint([...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0));
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows.at(-1);
    if (row && f.y - row[0].y <= ROW_TOLERANCE * Math.min(f.size, row[0].size)) row.push(f);
    else rows.push([f]);
  }
  return rows.map((row) => ({ y: row[0].y, cells: cells(row.sort((a, b) => a.x0 - b.x0)) }));
}

function dropOverprint(sorted: Fragment[]): Fragment[] {
  const kept: Fragment[] = [];
  for (const f of sorted) {
    const near = (g: Fragment) => g.text === f.text && Math.abs(g.x0 - f.x0) <= SAME_PLACE * f.size && Math.abs(g.y - f.y) <= SAME_PLACE * f.size;
    if (!kept.slice(-8).some(near)) kept.push(f);
  }
  return kept;
}

function cells(row: readonly Fragment[]): PdfCell[] {
  const out: PdfCell[] = [];
  let last: Fragment | null = null;
  for (const f of row) {
    const cell = out.at(-1);
    if (!cell || !last || !sameCell(last, f, cell.size)) {
      out.push({ text: f.text, x0: f.x0, x1: f.x1, y: f.y, size: f.size });
    } else {
      cell.text += needsSpace(cell.text, f.text, f.x0 - cell.x1, Math.min(f.size, cell.size)) ? ` ${f.text}` : f.text;
      cell.x1 = Math.max(cell.x1, f.x1);
      cell.size = Math.max(cell.size, f.size);
    }
    last = f;
  }
  return out;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
const UNIT_AFTER_FIGURE = /^(?:万元|元|万|%|％)/;
/** How far justified spacing may push a unit from its figure, in font sizes. */
const UNIT_GAP = 4;

function sameCell(last: Fragment, next: Fragment, size: number): boolean {
  if (next.apart) return false;
  const gap = next.x0 - last.x1;
  const em = Math.max(size, next.size);
  if (gap <= CELL_GAP * em) return true;
  // Justified prose can push a figure's unit away from it (「2391.92　　万元」): a unit is never a cell of its own.
  if (UNIT_AFTER_FIGURE.test(next.text) && /\d$/.test(last.text) && gap <= UNIT_GAP * em) return true;
  return gap <= LETTER_GAP * em && SINGLE_HAN.test(last.text) && SINGLE_HAN.test(next.text);
}

const LATIN_END = /[\p{Script=Latin}\d%.,)\]]$/u;
const LATIN_START = /^[\p{Script=Latin}\d(\[]/u;

/** Chinese needs no spaces; between Latin words or figures a visible gap is one (never glue "12" and "34"). */
function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  if (/\s$/.test(before) || /^\s/.test(after)) return false;
  return gap > SPACE_GAP * size && LATIN_END.test(before) && LATIN_START.test(after);
}
