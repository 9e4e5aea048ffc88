// Places the cells of a row laid out with spaces under the table's columns. Empty cells are not printed, so a
// row with fewer cells than columns can often be read several ways. A placement is taken only when it is the one
// reading that (1) keeps the cells in order, each under a column that can hold it (codes under 科目代码, words
// under names, 行次 always printed), (2) puts each figure where that column's figures stand on the rows that could
// be read only one way (pdftotext -layout keeps horizontal positions), and (3) satisfies the row's sums
// (合计 = Σ its parts, blank = zero) within rounding. Otherwise the row is not placed: a guessed cell would be a
// wrong number.
import { abs, compare, minus, parseAmount, stepOf, stripSpace, sum, tolerance } from '../money.ts';
import type { RawRow } from '../rows.ts';
import type { Column } from '../schema.ts';
import { CODE } from './classify.ts';
import { alignTabs } from './align-tabs.ts';
import { groupNamedBy } from './columns.ts';
import type { RowSum } from './templates.ts';

export interface Piece {
  text: string;
  kind: 'code' | 'int' | 'amount' | 'text';
  span: [number, number];
}

/** Horizontal extent of each column's figures, by column index. */
export type Spans = Map<number, [number, number]>;

export interface Placed {
  /** For each column, the piece placed under it (-1: none). */
  at: number[];
  /** 'structure': the only order-preserving reading; else narrowed by positions or sums. */
  how: 'structure' | 'narrowed';
}

const MAX_READINGS = 5000;
const DASH = /^[—–-]+$/;

function kindOf(text: string): Piece['kind'] {
  if (CODE.test(text)) return 'code';
  if (/^\d{1,3}$/.test(text)) return 'int';
  return parseAmount(text) !== null || DASH.test(text) ? 'amount' : 'text';
}

/** The row's cells, with neighbouring words joined: a name can hold spaces, a figure cannot. */
export function piecesOf(raw: RawRow, cells: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  cells.forEach((text, i) => {
    if (text === '') return;
    const span = raw.spans![i];
    const kind = kindOf(stripSpace(text));
    const last = pieces.at(-1);
    if (kind === 'text' && last?.kind === 'text') {
      last.text += ' ' + text;
      last.span = [last.span[0], span[1]];
    } else pieces.push({ text, kind, span });
  });
  return pieces;
}

/** Whether the piece can stand under the column; a label naming a column group (人员经费合计) stands in that group. */
function fits(piece: Piece, col: Column, columns: readonly Column[]): boolean {
  if (col.role === 'code') return piece.kind === 'code';
  if (col.role === 'rowNo') return piece.kind === 'int' || (piece.kind === 'code' && piece.text.length === 3);
  if (col.role === 'amount') return piece.kind !== 'text';
  if (piece.kind !== 'text') return false;
  const group = groupNamedBy(piece.text, columns);
  return group === null || col.groups[0] === group;
}

/** Every order-preserving reading: piece i under column at[i]; 行次 columns are never empty. */
function readings(pieces: Piece[], columns: Column[]): number[][] {
  const out: number[][] = [];
  const walk = (i: number, from: number, chosen: number[]) => {
    if (out.length >= MAX_READINGS) return;
    if (i === pieces.length) {
      if (!columns.slice(from).some((c) => c.role === 'rowNo')) out.push([...chosen]);
      return;
    }
    for (let c = from; c < columns.length; c++) {
      if (fits(pieces[i], columns[c], columns)) walk(i + 1, c + 1, [...chosen, c]);
      if (columns[c].role === 'rowNo') return;
    }
  };
  walk(0, 0, []);
  return out;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

function atPositions(reading: number[], pieces: Piece[], spans: Spans): boolean {
  return reading.every((c, i) => pieces[i].kind === 'text' || !spans.has(c) || overlaps(pieces[i].span, spans.get(c)!));
}

/** Readings that put the same figures under columns of the same meaning (06's two 公用经费 groups) are one reading. */
function distinct(list: number[][], columns: Column[]): number[][] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.map((c) => `${columns[c].role}|${columns[c].label}|${columns[c].groups.join('/')}`).join('#');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The row's sums hold for this reading (blank = zero); false when a sum cannot be evaluated. */
function sumsHold(reading: number[], pieces: Piece[], columns: Column[], sums: readonly RowSum[], blankIsZero: boolean): boolean {
  const value = (key: string): string | null => {
    const c = columns.findIndex((col) => col.key === key);
    const i = reading.indexOf(c);
    if (i < 0) return blankIsZero ? '0' : null;
    return parseAmount(pieces[i].text) ?? (DASH.test(pieces[i].text) ? '0' : null);
  };
  return sums.every(({ total, parts }) => {
    const values = [total, ...parts].map(value);
    if (values.some((v) => v === null)) return false;
    const [t, ...ps] = values as string[];
    return compare(abs(minus(t, sum(ps))), tolerance(parts.length + 1, stepOf(values as string[]))) <= 0;
  });
}

export function place(pieces: Piece[], columns: Column[], sums: readonly RowSum[], blankIsZero: boolean, spans: Spans | null): Placed | null {
  const all = distinct(readings(pieces, columns), columns);
  if (all.length >= MAX_READINGS) return null;
  const toPlaced = (r: number[], how: Placed['how']): Placed => ({ at: columns.map((_, c) => r.indexOf(c)), how });
  if (all.length === 1) return toPlaced(all[0], 'structure');
  const positioned = spans ? all.filter((r) => atPositions(r, pieces, spans)) : all;
  if (positioned.length === 1) return toPlaced(positioned[0], 'narrowed');
  const summed = positioned.filter((r) => sumsHold(r, pieces, columns, sums, blankIsZero));
  return summed.length === 1 ? toPlaced(summed[0], 'narrowed') : null;
}

/** Where each column's figures stand, learned from rows that could be read only one way. */
export function learnSpans(placed: { pieces: Piece[]; at: number[] }[], columns: Column[]): Spans {
  const spans: Spans = new Map();
  for (const { pieces, at } of placed) {
    at.forEach((i, c) => {
      if (i < 0 || columns[c].role === 'name' || columns[c].role === 'text') return;
      const s = pieces[i].span;
      const had = spans.get(c);
      spans.set(c, had ? [Math.min(had[0], s[0]), Math.max(had[1], s[1])] : [s[0], s[1]]);
    });
  }
  return spans;
}

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

/**
 * Places every body row of a table. Spaced rows are read twice: the rows that have a single reading show where each
 * column's figures stand; the others are then read with those positions.
 */
export function placeRows(rows: readonly BodyRow[], columns: Column[], table: { strict: boolean; sums: readonly RowSum[]; blankIsZero: boolean }): RowPlacement[] {
  const pieces = rows.map((r) => (r.raw.spans ? piecesOf(r.raw, r.cells) : null));
  const first = rows.map((r, i) => (pieces[i] && table.strict ? place(pieces[i]!, columns, table.sums, table.blankIsZero, null) : null));
  const spans = learnSpans(first.flatMap((p, i) => (p?.how === 'structure' ? [{ pieces: pieces[i]!, at: p.at }] : [])), columns);
  return rows.map((r, i) => {
    const ps = pieces[i];
    if (!ps) return { at: alignTabs(r.cells, columns, table.strict), cells: r.cells };
    const cells = ps.map((p) => p.text);
    if (!table.strict) return { at: ps.length === columns.length ? columns.map((_, c) => c) : null, cells };
    const placed = first[i]?.how === 'structure' ? first[i] : place(ps, columns, table.sums, table.blankIsZero, spans);
    return { at: placed?.at ?? null, cells };
  });
}
