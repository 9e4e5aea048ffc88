// Reading figures out of parsed tables by meaning: table kind, row label or code, column key.
import { stripSpace } from '../../model/money.ts';
import type { Unit } from '../../model/schema.ts';
import type { Amount, Row, Table, TableKind } from '../../model/schema.ts';
import { ECONOMIC_GROUPS, economicColumn, type ColumnKey } from './column-key.ts';

export interface Figure {
  value: Amount;
  line: number;
  /** The unit the figure was printed in; null when its table does not say. */
  unit: Unit | null;
}

export function tableOf(tables: readonly Table[], kind: TableKind): Table | undefined {
  return tables.find((t) => t.kind === kind);
}

/** Column index by key, per table: the audit looks columns up by key for every cell it reads. */
const columnIndexes = new WeakMap<Table, Map<string, number>>();

function columnIndex(table: Table, key: ColumnKey): number {
  let index = columnIndexes.get(table);
  if (!index) {
    index = new Map();
    // The first column with a key wins, as with findIndex.
    for (const [i, c] of table.columns.entries()) if (!index.has(c.key)) index.set(c.key, i);
    columnIndexes.set(table, index);
  }
  return index.get(key) ?? -1;
}

export function cellAt(table: Table, row: Row, key: ColumnKey): Figure | null {
  return cellIn(table, row, columnIndex(table, key));
}

/** The figure in the table's column `i` (-1: none), for checks that walk every amount column a table has. */
export function cellIn(table: Table, row: Row, i: number): Figure | null {
  const cell = i < 0 ? undefined : row.cells[i];
  return cell && cell.amount !== null ? { value: cell.amount, line: cell.line, unit: table.unit } : null;
}

export function textAt(table: Table, row: Row, key: ColumnKey): string {
  const i = columnIndex(table, key);
  return i < 0 ? '' : stripSpace(row.cells[i]?.text ?? '');
}

/** The row whose label column `labelKey` matches, and its figure in `key`. */
export function figureByLabel(table: Table | undefined, labelKey: ColumnKey, label: RegExp, key: ColumnKey): Figure | null {
  if (!table) return null;
  for (const row of table.rows) {
    if (label.test(textAt(table, row, labelKey))) return cellAt(table, row, key);
  }
  return null;
}

/** The 合计 row of a code/name table (label in either the code or the name cell). */
export function totalRow(table: Table | undefined): Row | undefined {
  return table?.rows.find((r) => r.role === 'total' && /^合计$/.test(textAt(table, r, 'code') || textAt(table, r, 'name')));
}

export function totalFigure(table: Table | undefined, key: ColumnKey): Figure | null {
  const row = totalRow(table);
  return table && row ? cellAt(table, row, key) : null;
}

export function rowByCode(table: Table | undefined, code: string): Row | undefined {
  return table?.rows.find((r) => textAt(table, r, 'code') === code);
}

/** 06 table: find an economic-classification code in any of its three column groups. */
export function economicFigure(table: Table | undefined, code: string): Figure | null {
  if (!table) return null;
  for (const row of table.rows) {
    for (const g of ECONOMIC_GROUPS) {
      if (textAt(table, row, economicColumn(g, 'code')) === code) return cellAt(table, row, economicColumn(g, 'amount'));
    }
  }
  return null;
}

export function economicTotal(table: Table | undefined, label: RegExp): Figure | null {
  if (!table) return null;
  for (const row of table.rows) {
    for (const g of ECONOMIC_GROUPS) {
      const name = textAt(table, row, economicColumn(g, 'code')) + textAt(table, row, economicColumn(g, 'name'));
      if (label.test(name)) return cellAt(table, row, economicColumn(g, 'amount'));
    }
  }
  return null;
}
