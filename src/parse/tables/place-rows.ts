// Places every body row of a table under its columns: tab rows by position in the row (align-tabs.ts), rows laid
// out with spaces by what their cells hold (place.ts), narrowed by where the columns stand when the table is laid
// out by position (positions.ts).
import type { RawRow } from '../../extract/rows.ts';
import type { Column } from '../../model/schema.ts';
import { alignTabs } from './align-tabs.ts';
import { piecesOf, type Piece } from './pieces.ts';
import { layoutOf, place, readingsOf } from './place.ts';
import { betterMeasure, laidOut, locateColumns, type Measure, type Spans } from './positions.ts';
import type { RowSum } from './templates.ts';

export interface BodyRow {
  cells: string[];
  raw: RawRow;
}

export interface RowPlacement {
  /** For each column, the printed cell placed under it (-1: none); null when the row cannot be placed with certainty. */
  at: number[] | null;
  /** The cells the indices refer to (spaced rows: pieces, words of a name joined). */
  cells: string[];
}

/** How a table's rows are placed: strictly (a standard table: by structure, positions and sums) or loosely. */
interface Placing {
  strict: boolean;
  sums: readonly RowSum[];
  blankIsZero: boolean;
  usualMeasure: Measure | null;
}

/** Spaced rows of a table that is not a standard template are placed only when they have a cell for every column. */
function placeLoose(pieces: Piece[], columns: Column[]): number[] | null {
  return pieces.length === columns.length ? columns.map((_, c) => c) : null;
}

/** The measure a document laid out by position uses, from the rows of all its tables (see positions.ts). */
export function documentMeasure(rows: readonly BodyRow[]): Measure | null {
  return betterMeasure(rows.filter((r) => r.raw.spans).map((r) => piecesOf(r.raw, r.cells)));
}

export function placeRows(rows: readonly BodyRow[], header: readonly RawRow[], columns: Column[], table: Placing): RowPlacement[] {
  const pieces = rows.map((r) => (r.raw.spans ? piecesOf(r.raw, r.cells) : null));
  const spaced = pieces.filter((p): p is Piece[] => p !== null);
  const layout = layoutOf(columns);
  const found = pieces.map((p) => (p && table.strict ? readingsOf(p, layout) : null));
  const placeAt = (i: number, spans: Spans | null) => (found[i] ? place(found[i], pieces[i]!, { columns, sums: table.sums, blankIsZero: table.blankIsZero }, spans) : null);
  // Rows that can be read only one way locate the columns; positions then narrow the other rows.
  const single = found.flatMap((r, i) => (r?.count === 1 ? [{ pieces: pieces[i]!, at: placeAt(i, null)!.at }] : []));
  const spans = laidOut(rows.map((r) => r.raw)) ? locateColumns({ rows: spaced, header, single, columns }, table.usualMeasure) : null;
  return rows.map((r, i) => {
    const ps = pieces[i];
    if (!ps) return { at: alignTabs(r.cells, columns, table.strict), cells: r.cells };
    const cells = ps.map((p) => p.text);
    if (!table.strict) return { at: placeLoose(ps, columns), cells };
    return { at: placeAt(i, spans)?.at ?? null, cells };
  });
}
