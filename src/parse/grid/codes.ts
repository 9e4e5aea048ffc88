// Codes printed in separate 类 | 款 | 项 columns become one code column (201 | 05 | 07 → 2010507), as the audit
// and lookups read a row's code whole.
import type { Row } from '../../model/schema.ts';
import type { GridColumn } from './columns.ts';
import { normaliseLabel } from '../meanings/vocabulary.ts';

const PART = ['类', '款', '项'];

export function mergeCodeParts(columns: GridColumn[], rows: Row[]): GridColumn[] {
  const first = columns.findIndex((c) => normaliseLabel(c.label) === '类');
  if (first < 0) return columns;
  let n = 1;
  while (n < PART.length && normaliseLabel(columns[first + n]?.label ?? '') === PART[n]) n++;
  if (n < 2) return columns;
  const parts = columns.slice(first, first + n);
  const merged: GridColumn = { ...parts[0], label: parts[0].groups.at(-1) ?? '科目编码', groups: parts[0].groups.slice(0, -1), role: 'code', x1: parts.at(-1)!.x1 };
  for (const row of rows) {
    const cells = row.cells.slice(first, first + n);
    // A 款 or 项 part is two digits; some tables print 02 as 「2」.
    const code = cells.map((c, i) => (i > 0 && /^\d$/.test(c.text) ? `0${c.text}` : c.text)).join('');
    row.cells.splice(first, n, { text: code, amount: null, line: row.line });
  }
  return [...columns.slice(0, first), merged, ...columns.slice(first + n)];
}
