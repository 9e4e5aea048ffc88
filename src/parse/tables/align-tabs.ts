// Aligns a tab-separated row to the table's columns. Tab rows are positional: each cell is in its column, except
// that exports drop a row's trailing empty cells and misalign totals rows (see byLabels).
import { parseAmount, stripSpace } from '../../model/money.ts';
import type { Column } from '../../model/schema.ts';
import { isTotalLabel } from './classify.ts';
import { groupNamedBy } from './columns.ts';

/** For each column, the index of the printed cell placed under it (-1: none); null when unsure. */
export function alignTabs(cells: string[], columns: Column[], strict: boolean): number[] | null {
  let n = cells.length;
  while (n > columns.length && cells[n - 1] === '') n--;
  const missing = columns.length - n;
  // Exports drop a row's trailing empty cells; a row missing most of its cells is a fragment, not a row.
  const padded = missing >= 0 && missing < n ? columns.map((_, i) => (i < n ? i : -1)) : null;
  if (padded && (!strict || fits(padded.map((k) => (k < 0 ? '' : cells[k])), columns))) return padded;
  return strict ? byLabels(cells, columns) : null;
}

/** Every printed cell sits in a column that can hold it: labels under code/name, figures under amounts. */
function fits(cells: string[], columns: Column[]): boolean {
  return cells.every((text, i) => {
    if (stripSpace(text) === '') return true;
    const role = columns[i].role;
    const isAmount = parseAmount(text) !== null || /^[—–-]+$/.test(stripSpace(text));
    if (role === 'amount') return isAmount;
    if (role === 'rowNo') return /^\d+$/.test(stripSpace(text));
    if (role === 'code') return /^\d+$/.test(stripSpace(text)) || isTotalLabel(text) || !isAmount;
    return !isAmount || role === 'text';
  });
}

/**
 * Totals rows are often misaligned (人员经费合计 …  公用经费合计 … 256.00 in a name column). Each label goes to the
 * first free label column of the group it names (or the first free one), and the figures after it fill the amount
 * columns that follow, up to the next label column.
 */
function byLabels(cells: string[], columns: Column[]): number[] | null {
  const out = columns.map(() => -1);
  const isLabelCol = (c: Column) => c.role === 'name' || c.role === 'code';
  let amountCols: number[] = [];
  for (const [k, text] of cells.entries()) {
    if (text === '') continue;
    if (parseAmount(text) !== null) {
      const c = amountCols.shift();
      if (c === undefined) return null;
      out[c] = k;
      continue;
    }
    const group = groupNamedBy(text, columns);
    const at = columns.findIndex((c, i) => isLabelCol(c) && out[i] < 0 && (group === null || c.groups[0] === group));
    if (at < 0) return null;
    out[at] = k;
    let i = at + 1;
    while (i < columns.length && isLabelCol(columns[i])) i++;
    amountCols = [];
    for (; i < columns.length && !isLabelCol(columns[i]); i++) if (columns[i].role === 'amount') amountCols.push(i);
  }
  return out;
}
