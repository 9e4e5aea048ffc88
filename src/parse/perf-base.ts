// The 部门整体支出绩效评价基础数据表: its 经费控制情况 block gives 三公 and 公用经费 by year (预算数/决算数).
import type { SangongKey } from '../model/domain.ts';
import { stripSpace } from '../model/money.ts';
import type { Amount, Table, Unit } from '../model/schema.ts';

export type PerfKey = SangongKey | 'publicFunds';

export interface PerfFigure {
  value: Amount | null;
  line: number;
  /** Line of the row's label (三公经费, 公用经费). */
  labelLine: number;
  blank: boolean;
}

export interface PerfBase {
  table: Table;
  /** Declared in the block's label (「经费控制情况（万元）」) or the table's unit line; null when not stated. */
  unit: Unit | null;
  headerLine: number;
  budget: Partial<Record<PerfKey, PerfFigure>>;
  actual: Partial<Record<PerfKey, PerfFigure>>;
}

const ROW_KEYS: [RegExp, PerfKey][] = [
  [/^三公经费/, 'total'],
  [/公务用车购置和维护|公车购置和维护|公务用车购置及运行/, 'vehicle'],
  [/(公车|公交车|公务用车)购置$/, 'vehiclePurchase'],
  [/(公车|公交车|公务用车)运行维护/, 'vehicleOperation'],
  [/出国/, 'outbound'],
  [/接待/, 'reception'],
  [/^公用经费$/, 'publicFunds'],
];

const label = (text: string) => stripSpace(text).replace(/^(\d+[.、．]|其中[:：])+/, '');

export function readPerfBase(tables: readonly Table[], year: number | null): PerfBase | null {
  const table = tables.find((t) => t.kind === 'perfBase');
  if (!table || year === null) return null;
  const headerAt = table.rows.findIndex((r) => r.cells.some((c) => new RegExp(`${year}\\s*年\\s*决算数`).test(c.text)));
  if (headerAt < 0) return null;
  const header = table.rows[headerAt];
  const budgetCol = header.cells.findIndex((c) => new RegExp(`${year}\\s*年\\s*预算数`).test(c.text));
  const actualCol = header.cells.findIndex((c) => new RegExp(`${year}\\s*年\\s*决算数`).test(c.text));
  const unitText = header.cells[0]?.text ?? '';
  const unit = /万元/.test(unitText) ? '万元' : /[（(]元[)）]/.test(unitText) ? '元' : table.unit;
  const base: PerfBase = { table, unit, headerLine: header.line, budget: {}, actual: {} };
  for (const row of table.rows.slice(headerAt + 1)) {
    const name = label(row.cells[0]?.text ?? '');
    const key = ROW_KEYS.find(([re]) => re.test(name))?.[1];
    if (!key || base.actual[key]) continue;
    base.budget[key] = figure(row, budgetCol);
    base.actual[key] = figure(row, actualCol);
  }
  return base;
}

function figure(row: Table['rows'][number], col: number): PerfFigure {
  const cell = row.cells[col];
  const blank = !cell || stripSpace(cell.text) === '';
  return { value: cell?.amount ?? null, line: cell?.line ?? row.line, labelLine: row.cells[0]?.line ?? row.line, blank };
}
