// What a narrative claim is about, in the tables: the figure a claim key names (fiscalGrandTotal → 04表总计).
import { convert, inferUnit } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { ClaimKey, TableFigure } from '../parse/narrative/claim-key.ts';
import type { PerfBase } from '../parse/perf-base.ts';
import { sangongColumn } from '../parse/tables/column-key.ts';
import type { SangongKey, SangongSide } from '../model/domain.ts';
import type { Table } from '../model/schema.ts';
import { budgetReference } from '../parse/budget-summary.ts';
import { cellAt, economicTotal, figureByLabel, rowByCode, tableOf, textAt, totalFigure, type Figure } from '../parse/tables/lookup.ts';

export interface Reference {
  label: string;
  figure: Figure | null;
}

type Lookup = (tables: readonly Table[]) => Reference | null;

const inTable = (kind: Table['kind'], label: string, read: (t: Table) => Figure | null): Lookup => (tables) => {
  const t = tableOf(tables, kind);
  return t ? { label, figure: read(t) } : null;
};

const REFERENCES: Record<TableFigure, Lookup> = {
  fiscalGrandTotal: inTable('t04', '04表总计', (t) => figureByLabel(t, 'out.name', /^总计$/, 'out.total')),
  grandTotal: inTable('t01', '01表总计', (t) => figureByLabel(t, 'out.name', /^总计$/, 'out.amount')),
  incomeTotal: inTable('t01', '01表本年收入合计', (t) => figureByLabel(t, 'in.name', /^本年收入合计$/, 'in.amount')),
  expenditureTotal: inTable('t01', '01表本年支出合计', (t) => figureByLabel(t, 'out.name', /^本年支出合计$/, 'out.amount')),
  basic: inTable('t03', '03表基本支出', (t) => totalFigure(t, 'basic')),
  project: inTable('t03', '03表项目支出', (t) => totalFigure(t, 'project')),
  fiscalIncome: inTable('t02', '02表财政拨款收入', (t) => totalFigure(t, 'fiscal')),
  'gpb.total': inTable('t05', '05表一般公共预算财政拨款支出合计', (t) => totalFigure(t, 'total')),
  'gpb.basic': inTable('t05', '05表基本支出', (t) => totalFigure(t, 'basic')),
  'gpb.project': inTable('t05', '05表项目支出', (t) => totalFigure(t, 'project')),
  'gpb.income': inTable('t04', '04表一般公共预算财政拨款收入', (t) => figureByLabel(t, 'in.name', /^一、一般公共预算财政拨款/, 'in.amount')),
  personnel: inTable('t06', '06表人员经费合计', (t) => economicTotal(t, /^人员经费合计$/)),
  publicFunds: inTable('t06', '06表公用经费合计', (t) => economicTotal(t, /^公用经费合计$/)),
};

/** The first row of the 三公 table that holds figures. */
export function sangongRow(t09: Table): Table['rows'][number] | undefined {
  return t09.rows.find((r) => r.cells.some((c) => c.amount !== null));
}

function sangongReference({ side, item }: { side: SangongSide; item: SangongKey }, tables: readonly Table[]): Reference | null {
  const t09 = tableOf(tables, 't09') ?? tableOf(tables, 'b09');
  if (!t09) return null;
  const row = sangongRow(t09);
  return { label: `三公经费表${side === 'budget' ? '预算数' : '决算数'}`, figure: row ? cellAt(t09, row, sangongColumn(side, item)) : null };
}

/** A budget's tables are the 预算 公开表 (b01–b09). */
const isBudgetDocument = (tables: readonly Table[]) => tables.some((t) => t.kind.startsWith('b'));

/** 「2101502|一般行政管理事务…支出决算为」: the 05 row of that 项 code or name. */
function itemReference({ by, value }: { by: 'code' | 'name'; value: string }, tables: readonly Table[]): Reference | null {
  const t05 = tableOf(tables, 't05');
  if (!t05) return null;
  const row = by === 'code' ? rowByCode(t05, value) : t05.rows.find((r) => textAt(t05, r, 'code').length === 7 && textAt(t05, r, 'name') === value.replace(/\s/g, ''));
  return { label: `05表${value}支出决算`, figure: row ? cellAt(t05, row, 'total') : null };
}

/** 公用经费 from the 基础数据表 when there is no 06表; a table without a unit is read in the unit the claim supports. */
function perfReference(perf: PerfBase | null, claimed: Figure): Reference | null {
  const f = perf?.actual.publicFunds;
  if (!perf || !f?.value) return null;
  const unit: Unit | null = perf.unit ?? inferUnit(f.value, convert(claimed.value, claimed.unit ?? '万元', '万元'));
  if (unit === null) return null;
  const note = perf.unit === null ? `（未注明单位，按${unit}计）` : '';
  return { label: `基础数据表公用经费决算数${note}`, figure: { value: f.value, line: f.line, unit } };
}

export function reference(key: ClaimKey, tables: readonly Table[], perf: PerfBase | null, claimed: Figure): Reference | null {
  if (key.about === 'sangong') return sangongReference(key, tables);
  if (key.about === 'item') return itemReference(key, tables);
  const found = isBudgetDocument(tables) ? budgetReference(key.figure, tables) : REFERENCES[key.figure](tables);
  if (found || key.figure !== 'publicFunds') return found;
  return perfReference(perf, claimed);
}
