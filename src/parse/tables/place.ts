// Places the cells of a row laid out with spaces under the table's columns. Empty cells are not printed, so a
// row with fewer cells than columns can often be read several ways. A placement is taken only when it is the one
// reading that (1) keeps the cells in order, each under a column that can hold it (codes under 科目代码, words
// under names, 行次 always printed, each figure in the group of an item the row names), (2) puts each figure and
// code where that column's stand (pdftotext -layout keeps horizontal positions; positions.ts), and (3) satisfies
// the row's sums (合计 = Σ its parts, blank = zero) within rounding. Otherwise the row is not placed: a guessed cell
// would be a wrong number.
import { parseAmount, scaled, sumHolds, type Scaled } from '../../model/money.ts';
import type { Column } from '../../model/schema.ts';
import { groupNamedBy } from './columns.ts';
import { DASH, type Piece } from './pieces.ts';
import { columnAt, type Spans } from './positions.ts';
import type { RowSum } from './templates.ts';

export interface Placed {
  /** For each column, the piece placed under it (-1: none). */
  at: number[];
  /** 'structure': the only order-preserving reading; else narrowed (by positions, sums, or among equivalent columns). */
  how: 'structure' | 'narrowed';
}

const MAX_READINGS = 5000;

/**
 * Whether the piece can stand under the column; a label naming a column group (人员经费合计) stands in that group
 * (`group`: the one the piece names, if any).
 */
function fits(piece: Piece, group: string | null, col: Column): boolean {
  if (col.role === 'code') return piece.kind === 'code';
  if (col.role === 'rowNo') return piece.kind === 'int' || (piece.kind === 'code' && piece.text.length === 3);
  if (col.role === 'amount') return piece.kind !== 'text';
  if (piece.kind !== 'text') return false;
  return group === null || col.groups[0] === group;
}

const isLabel = (c: Column) => c.role === 'code' || c.role === 'name';

/** A code printed right before a name labels it: where the table has code columns (`hasCode`), it stands in one. */
function mustBeCode(pieces: Piece[], i: number, hasCode: boolean): boolean {
  return pieces[i].kind === 'code' && pieces[i + 1]?.kind === 'text' && hasCode;
}

/** Each figure belongs to an item named in its column group: the label columns to its left hold something. */
function labelled(reading: number[], columns: Column[]): boolean {
  if (!columns.some(isLabel)) return true;
  return reading.every((c) => {
    if (columns[c].role !== 'amount') return true;
    let j = c;
    while (j >= 0 && !isLabel(columns[j])) j--;
    for (; j >= 0 && isLabel(columns[j]); j--) if (reading.includes(j)) return true;
    return false;
  });
}

/** What a table's columns fix for all its rows: worked out once per table, not per row. */
export interface Layout {
  columns: Column[];
  hasCode: boolean;
  /** Per column (and one past the last): whether a 行次 column stands there or to its right. */
  rowNoFrom: boolean[];
  /** Per column: the first column of the same meaning (see distinct). */
  same: number[];
}

export function layoutOf(columns: Column[]): Layout {
  const meanings = columns.map((c) => `${c.role}|${c.label}|${c.groups.join('/')}`);
  return {
    columns,
    hasCode: columns.some((c) => c.role === 'code'),
    rowNoFrom: columns.map((_, from) => columns.slice(from).some((c) => c.role === 'rowNo')).concat(false),
    same: meanings.map((m) => meanings.indexOf(m)),
  };
}

/** Every order-preserving reading: piece i under column at[i]; 行次 columns are never empty. */
function readings(pieces: Piece[], { columns, hasCode, rowNoFrom }: Layout): number[][] {
  // What may stand where is fixed for the row: worked out once, not for every partial reading.
  const allowed = pieces.map((p, i) => {
    const codeOnly = mustBeCode(pieces, i, hasCode);
    const group = p.kind === 'text' ? groupNamedBy(p.text, columns) : null;
    return columns.map((c) => fits(p, group, c) && (!codeOnly || c.role === 'code'));
  });
  const out: number[][] = [];
  const chosen: number[] = [];
  const walk = (i: number, from: number) => {
    if (out.length >= MAX_READINGS) return;
    if (i === pieces.length) {
      if (!rowNoFrom[from] && labelled(chosen, columns)) out.push([...chosen]);
      return;
    }
    for (let c = from; c < columns.length; c++) {
      if (allowed[i][c]) {
        chosen.push(c);
        walk(i + 1, c + 1);
        chosen.pop();
      }
      if (columns[c].role === 'rowNo') return;
    }
  };
  walk(0, 0);
  return out;
}

/** Every figure of the reading stands under the column its position gives (`given`, per piece), where it gives one. */
function atPositions(reading: number[], given: readonly (number | null)[]): boolean {
  return reading.every((c, i) => (given[i] ?? c) === c);
}

/**
 * Readings that put the same figures under columns of the same meaning (06's two 公用经费 groups) are one reading:
 * each column stands for the first column of its meaning (`same`), so a reading's key is a short list of numbers.
 */
function distinct(list: number[][], same: readonly number[]): number[][] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.map((c) => same[c]).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether the row's sums hold for a reading (blank = zero); false when a sum cannot be evaluated. The pieces'
 * values and the sums' columns are read once per row, as a row can have thousands of readings.
 */
function sumsCheck(pieces: Piece[], { columns, sums, blankIsZero }: RowRules): (reading: number[]) => boolean {
  const values = pieces.map((p) => {
    const amount = parseAmount(p.text) ?? (DASH.test(p.text) ? '0' : null);
    return amount === null ? null : scaled(amount);
  });
  const zero = scaled('0');
  const columnOf = new Map(columns.map((col, c) => [col.key, c]).reverse() as [string, number][]);
  const terms = sums.map(({ total, parts }) => [total, ...parts].map((key) => columnOf.get(key) ?? -1));
  const checked = new Map<number[], boolean>();
  const value = (reading: number[], c: number): Scaled | null => {
    const i = reading.indexOf(c);
    return i < 0 ? (blankIsZero ? zero : null) : values[i];
  };
  const holds = (reading: number[]) =>
    terms.every((cols) => {
      const vs = cols.map((c) => value(reading, c));
      return !vs.some((v) => v === null) && sumHolds(vs[0]!, vs.slice(1) as Scaled[]);
    });
  return (reading) => {
    if (!checked.has(reading)) checked.set(reading, holds(reading));
    return checked.get(reading)!;
  };
}

/** The readings of a row, worked out once and weighed in both passes of placeRows. */
export interface Readings {
  /** How many order-preserving readings there are, before readings of the same meaning are merged. */
  count: number;
  distinct: number[][];
}

/** Every reading of the row; null when there are too many to weigh. */
export function readingsOf(pieces: Piece[], layout: Layout): Readings | null {
  const found = readings(pieces, layout);
  return found.length >= MAX_READINGS ? null : { count: found.length, distinct: distinct(found, layout.same) };
}

/** What a row's sums are checked against: the table's columns, the sums its rows satisfy, and whether blank is zero. */
export interface RowRules {
  columns: Column[];
  sums: readonly RowSum[];
  blankIsZero: boolean;
}

export function place({ count, distinct: all }: Readings, pieces: Piece[], rules: RowRules, spans: Spans | null): Placed | null {
  const toPlaced = (r: number[], how: Placed['how']): Placed => ({ at: rules.columns.map((_, c) => r.indexOf(c)), how });
  if (all.length === 1) return toPlaced(all[0], count === 1 ? 'structure' : 'narrowed');
  const holds = sumsCheck(pieces, rules);
  const given = spans ? pieces.map((p) => columnAt(p, spans)) : null;
  const positioned = given ? all.filter((r) => atPositions(r, given)) : all;
  // Positions decide, unless they pick a reading whose sums fail where another reading's hold.
  if (positioned.length === 1) return holds(positioned[0]) || !all.some(holds) ? toPlaced(positioned[0], 'narrowed') : null;
  const summed = positioned.filter(holds);
  return summed.length === 1 ? toPlaced(summed[0], 'narrowed') : null;
}
