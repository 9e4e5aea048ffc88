// Headline figures: 01表 本年收入合计/本年支出合计/总计, 03表 基本/项目支出, 06表 人员/公用经费合计.
import type { Summary, Table } from '../model/schema.ts';
import { economicTotal, figureByLabel, tableOf, totalFigure, type Figure } from './tables/lookup.ts';

export function readSummary(tables: readonly Table[]): Summary {
  const t01 = tableOf(tables, 't01');
  const t03 = tableOf(tables, 't03');
  const t06 = tableOf(tables, 't06');
  const figures: Record<string, Figure | null> = {
    incomeTotal: figureByLabel(t01, 'in.name', /^本年收入合计$/, 'in.amount'),
    expenditureTotal: figureByLabel(t01, 'out.name', /^本年支出合计$/, 'out.amount'),
    grandTotal: figureByLabel(t01, 'out.name', /^总计$/, 'out.amount') ?? figureByLabel(t01, 'in.name', /^总计$/, 'in.amount'),
    basicExpenditure: totalFigure(t03, 'basic'),
    projectExpenditure: totalFigure(t03, 'project'),
    personnel: economicTotal(t06, /^人员经费合计$/),
    publicFunds: economicTotal(t06, /^公用经费合计$/),
  };
  const value = (k: string) => figures[k]?.value ?? null;
  const lines = Object.fromEntries(Object.entries(figures).filter(([, f]) => f).map(([k, f]) => [k, f!.line]));
  return {
    incomeTotal: value('incomeTotal'),
    expenditureTotal: value('expenditureTotal'),
    grandTotal: value('grandTotal'),
    basicExpenditure: value('basicExpenditure'),
    projectExpenditure: value('projectExpenditure'),
    personnel: value('personnel'),
    publicFunds: value('publicFunds'),
    lines,
  };
}
