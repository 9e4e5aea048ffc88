// Places every body row of a table under its columns: tab rows by position in the row (align-tabs.ts), rows laid
// out with spaces by what their cells hold (place.ts), narrowed by where the columns stand when the table is laid
// out by position (positions.ts).
import type { RawRow } from '../rows.ts';
import type { Column } from '../schema.ts';
import { alignTabs } from './align-tabs.ts';
import { piecesOf, place, type Piece } from './place.ts';
import { betterMeasure, laidOut, locateColumns, type Measure } from './positions.ts';
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

interface Table {
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

export function placeRows(rows: readonly BodyRow[], header: readonly RawRow[], columns: Column[], table: Table): RowPlacement[] {
  const pieces = rows.map((r) => (r.raw.spans ? piecesOf(r.raw, r.cells) : null));
  const spaced = pieces.filter((p): p is Piece[] => p !== null);
  const first = pieces.map((p) => (p && table.strict ? place(p, columns, table.sums, table.blankIsZero, null) : null));
  const single = first.flatMap((p, i) => (p?.how === 'structure' ? [{ pieces: pieces[i]!, at: p.at }] : []));
  const spans = laidOut(rows.map((r) => r.raw)) ? locateColumns(spaced, header, single, columns, table.usualMeasure) : null;
  return rows.map((r, i) => {
    const ps = pieces[i];
    if (!ps) return { at: alignTabs(r.cells, columns, table.strict), cells: r.cells };
    const cells = ps.map((p) => p.text);
    if (!table.strict) return { at: placeLoose(ps, columns), cells };
    const placed = first[i] && first[i]!.how === 'structure' ? first[i] : place(ps, columns, table.sums, table.blankIsZero, spans);
    return { at: placed?.at ?? null, cells };
  });
}
