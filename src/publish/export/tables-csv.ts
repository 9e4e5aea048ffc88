// One document table as a download: a column per printed column, named by its header path ("本年支出/基本支出"),
// amounts as exact decimal strings with the table's unit in the name, and the source line of every row.
import type { Cell, Column, Table } from '../../model/schema.ts';
import { textCell } from './csv.ts';
import { uniqueNames, type Field, type Tabular } from './tabular.ts';

const LINE_FIELD = '原文行号';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const BLANK: Cell = { text: '', amount: null, line: 1 };

/** An amount column is a number field when every cell is an amount or blank; 绩效 tables print "94.58%" and
 * words in amount columns, which are then published as printed text. */
function isNumeric(table: Table, j: number): boolean {
  return table.rows.every((r) => {
    const c = r.cells[j] ?? BLANK;
    return c.amount !== null || c.text.trim() === '';
  });
}

const headerPath = (col: Column) => [...col.groups, col.label].map(clean).filter(Boolean).join('/');

export function tableTabular(table: Table): Tabular {
  const numeric = table.columns.map((c, j) => c.role === 'amount' && isNumeric(table, j));
  const paths = uniqueNames([...table.columns.map(headerPath), LINE_FIELD]);
  const names = paths.map((p, j) => textCell(numeric[j] && table.unit ? `${p}（${table.unit}）` : p));
  const unitNote = table.unitInferred ? '（表中未注明单位，据全文推定）' : '';
  const fields: Field[] = table.columns.map((_, j): Field =>
    numeric[j] ? { name: names[j], type: 'number', ...(table.unit ? { unit: table.unit, description: `金额，单位${table.unit}${unitNote}` } : {}) } : { name: names[j], type: 'string' },
  );
  fields.push({ name: names.at(-1)!, type: 'integer', description: '该行在原文中的行号；报告的原文页（报告网址后加 original/）按同一行号编号' });
  const rows = table.rows.map((row) => [
    ...table.columns.map((_, j) => {
      const cell = row.cells[j] ?? BLANK;
      return numeric[j] ? (cell.amount ?? '') : cell.text;
    }),
    String(row.line),
  ]);
  return { fields, rows };
}
