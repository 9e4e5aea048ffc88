// Headline figures of a budget (部门预算): from its tables where they print them, else from what its narrative
// states. 收支总计 from the 收支总表's 收入总计 (or 收入合计); 本年收入/支出合计 from that table's 本年/当年 subtotal rows,
// else the 收入 and 支出预算总表's 合计 row; 基本/项目支出 from the 支出预算总表; 人员/公用经费 from the 基本支出
// (经济分类) table's 合计 row.
import type { Row, Summary, Table, Unit } from '../model/schema.ts';
import { stripSpace } from '../model/money.ts';
import type { Claim } from './narrative/claims.ts';
import type { TableFigure } from './narrative/claim-key.ts';
import { cellAt, cellIn, tableOf, totalRow, type Figure } from './tables/lookup.ts';
import type { ColumnKey } from './tables/column-key.ts';

type SummaryKey = Exclude<keyof Summary, 'lines'>;

/**
 * In a two-sided table (收入 | 支出), the figure of the row whose label on `side` matches: the first figure to the
 * right of the label, before the next label (a label printed across a merged cell keeps its figure further right).
 */
export function sideFigure(table: Table | undefined, side: 'in' | 'out', label: RegExp): Figure | null {
  if (!table) return null;
  const first = table.columns.findIndex((c) => c.key === `${side}.name`);
  if (first < 0) return null;
  const last = side === 'in' ? table.columns.findIndex((c) => c.key === 'out.name') : table.columns.length;
  for (const row of table.rows) {
    for (let i = first; i < last; i++) {
      if (table.columns[i].role !== 'name' || !label.test(stripSpace(row.cells[i]?.text ?? ''))) continue;
      for (let j = i + 1; j < last; j++) {
        if (table.columns[j].role === 'name' && row.cells[j].text !== '') break;
        const f = cellIn(table, row, j);
        if (f) return f;
      }
    }
  }
  return null;
}

/** The 合计 row, or the single row of figures of a table that has no label column (合计 | 基本支出 | … over one row). */
function totalOf(table: Table | undefined): Row | undefined {
  if (!table) return undefined;
  const labelled = table.columns.some((c) => c.role === 'name' || c.role === 'code');
  return totalRow(table) ?? (!labelled && table.rows.length === 1 ? table.rows[0] : undefined);
}

export const total = (table: Table | undefined, key: ColumnKey): Figure | null => {
  const row = totalOf(table);
  return table && row ? cellAt(table, row, key) : null;
};

const CLAIMED: Record<SummaryKey, TableFigure> = {
  grandTotal: 'grandTotal', incomeTotal: 'incomeTotal', expenditureTotal: 'expenditureTotal', basicExpenditure: 'basic',
  projectExpenditure: 'project', personnel: 'personnel', publicFunds: 'publicFunds',
};

/** `unit`: the report's; a stated figure in another unit is not taken. */
type Printed = Record<SummaryKey, { label: string; figure: Figure | null }>;

/** Read once per report: the summary and every narrative claim the audit holds against the tables ask for them. */
const printedOf = new WeakMap<readonly Table[], Printed>();

/** Each headline figure as the budget's tables print it, with what it is called there; null where they do not. */
export function budgetTableFigures(tables: readonly Table[]): Printed {
  const known = printedOf.get(tables);
  if (known) return known;
  const printed = readPrinted(tables);
  printedOf.set(tables, printed);
  return printed;
}

function readPrinted(tables: readonly Table[]): Printed {
  const [b01, b02, b03, b06] = (['b01', 'b02', 'b03', 'b06'] as const).map((k) => tableOf(tables, k));
  const subtotal = sideFigure(b01, 'in', /^(?:本年|当年)收入(?:合计|小计)$/);
  const spent = sideFigure(b01, 'out', /^(?:本年|当年)支出(?:合计|小计)$/);
  return {
    grandTotal: { label: '收支预算总表收入总计', figure: sideFigure(b01, 'in', /^(?:收入总计|收入合计|总计)$/) },
    incomeTotal: subtotal ? { label: '收支预算总表本年收入', figure: subtotal } : { label: '收入预算总表合计', figure: total(b02, 'total') },
    expenditureTotal: spent ? { label: '收支预算总表本年支出', figure: spent } : { label: '支出预算总表合计', figure: total(b03, 'total') },
    basicExpenditure: { label: '支出预算总表基本支出', figure: total(b03, 'basic') },
    projectExpenditure: { label: '支出预算总表项目支出', figure: total(b03, 'project') },
    personnel: { label: '基本支出预算表人员经费', figure: total(b06, 'personnel') },
    publicFunds: { label: '基本支出预算表公用经费', figure: total(b06, 'publicFunds') },
  };
}

/** The headline figure a narrative claim names, in the budget's tables (for the audit). */
export function budgetReference(figure: TableFigure, tables: readonly Table[]): { label: string; figure: Figure | null } | null {
  const key = (Object.keys(CLAIMED) as SummaryKey[]).find((k) => CLAIMED[k] === figure);
  return key ? budgetTableFigures(tables)[key] : null;
}

export function readBudgetSummary(tables: readonly Table[], claims: readonly Claim[], unit: Unit): Summary {
  const printed = budgetTableFigures(tables);
  const summary = { lines: {} } as Summary;
  for (const key of Object.keys(CLAIMED) as SummaryKey[]) {
    const claim = claims.find((c) => c.key.about === 'table' && c.key.figure === CLAIMED[key] && c.unit === unit);
    const f = printed[key].figure ?? (claim ? { value: claim.value, line: claim.line } : null);
    summary[key] = f?.value ?? null;
    if (f) summary.lines[key] = f.line;
  }
  return summary;
}
