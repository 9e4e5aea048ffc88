// Reading figures out of parsed tables by meaning: table kind, row label or code, column key.
import { stripSpace } from '../../model/money.ts';
import type { Unit } from '../../model/schema.ts';
import type { Amount, Row, Table, TableKind } from '../../model/schema.ts';

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

function columnIndex(table: Table, key: string): number {
  let index = columnIndexes.get(table);
  if (!index) {
    index = new Map();
    // The first column with a key wins, as with findIndex.
    for (const [i, c] of table.columns.entries()) if (!index.has(c.key)) index.set(c.key, i);
    columnIndexes.set(table, index);
  }
  return index.get(key) ?? -1;
}

export function cellAt(table: Table, row: Row, key: string): Figure | null {
  const i = columnIndex(table, key);
  const cell = i < 0 ? undefined : row.cells[i];
  return cell && cell.amount !== null ? { value: cell.amount, line: cell.line, unit: table.unit } : null;
}

export function textAt(table: Table, row: Row, key: string): string {
  const i = columnIndex(table, key);
  return i < 0 ? '' : stripSpace(row.cells[i]?.text ?? '');
}

/** The row whose label column `labelKey` matches, and its figure in `key`. */
export function figureByLabel(table: Table | undefined, labelKey: string, label: RegExp, key: string): Figure | null {
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

export function totalFigure(table: Table | undefined, key: string): Figure | null {
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
    for (const g of ['g1', 'g2', 'g3']) {
      if (textAt(table, row, `${g}.code`) === code) return cellAt(table, row, `${g}.amount`);
    }
  }
  return null;
}

export function economicTotal(table: Table | undefined, label: RegExp): Figure | null {
  if (!table) return null;
  for (const row of table.rows) {
    for (const g of ['g1', 'g2', 'g3']) {
      const name = textAt(table, row, `${g}.code`) + textAt(table, row, `${g}.name`);
      if (label.test(name)) return cellAt(table, row, `${g}.amount`);
    }
  }
  return null;
}
