// The narrative against the tables: every figure 情况说明 or 绩效自评 states about a table figure.
import { convert, inferUnit, tolerance } from '../money.ts';
import type { Claim } from '../claims.ts';
import type { PerfBase } from '../perf-base.ts';
import type { Finding, Table } from '../schema.ts';
import { cellAt, economicTotal, figureByLabel, rowByCode, tableOf, textAt, totalFigure, type Figure } from '../tables/lookup.ts';
import { check, statedTolerance } from './compare.ts';

interface Reference {
  label: string;
  figure: Figure | null;
}

function reference(key: string, tables: readonly Table[], perf: PerfBase | null, claimed: string): Reference | null {
  const t01 = tableOf(tables, 't01');
  const t02 = tableOf(tables, 't02');
  const t03 = tableOf(tables, 't03');
  const t04 = tableOf(tables, 't04');
  const t05 = tableOf(tables, 't05');
  const t06 = tableOf(tables, 't06');
  const t09 = tableOf(tables, 't09');
  const sangong = /^sangong\.(budget|actual)\.(\w+)$/.exec(key);
  if (sangong && t09) {
    const row = t09.rows.find((r) => r.cells.some((c) => c.amount !== null));
    return { label: `三公经费表${sangong[1] === 'budget' ? '预算数' : '决算数'}`, figure: row ? cellAt(t09, row, `${sangong[1]}.${sangong[2]}`) : null };
  }
  const item = /^item\.(code|name):(.+)$/.exec(key);
  if (item && t05) {
    const row = item[1] === 'code' ? rowByCode(t05, item[2]) : t05.rows.find((r) => textAt(t05, r, 'code').length === 7 && textAt(t05, r, 'name') === item[2].replace(/\s/g, ''));
    return { label: `05表${item[2]}支出决算`, figure: row ? cellAt(t05, row, 'total') : null };
  }
  const refs: Record<string, () => Reference | null> = {
    fiscalGrandTotal: () => t04 && { label: '04表总计', figure: figureByLabel(t04, 'out.name', /^总计$/, 'out.total') },
    grandTotal: () => t01 && { label: '01表总计', figure: figureByLabel(t01, 'out.name', /^总计$/, 'out.amount') },
    incomeTotal: () => t01 && { label: '01表本年收入合计', figure: figureByLabel(t01, 'in.name', /^本年收入合计$/, 'in.amount') },
    expenditureTotal: () => t01 && { label: '01表本年支出合计', figure: figureByLabel(t01, 'out.name', /^本年支出合计$/, 'out.amount') },
    basic: () => t03 && { label: '03表基本支出', figure: totalFigure(t03, 'basic') },
    project: () => t03 && { label: '03表项目支出', figure: totalFigure(t03, 'project') },
    fiscalIncome: () => t02 && { label: '02表财政拨款收入', figure: totalFigure(t02, 'fiscal') },
    'gpb.total': () => t05 && { label: '05表一般公共预算财政拨款支出合计', figure: totalFigure(t05, 'total') },
    'gpb.basic': () => t05 && { label: '05表基本支出', figure: totalFigure(t05, 'basic') },
    'gpb.project': () => t05 && { label: '05表项目支出', figure: totalFigure(t05, 'project') },
    'gpb.income': () => t04 && { label: '04表一般公共预算财政拨款收入', figure: figureByLabel(t04, 'in.name', /^一、一般公共预算财政拨款/, 'in.amount') },
    personnel: () => t06 && { label: '06表人员经费合计', figure: economicTotal(t06, /^人员经费合计$/) },
    publicFunds: () =>
      t06 ? { label: '06表公用经费合计', figure: economicTotal(t06, /^公用经费合计$/) }
      : perfReference(perf, claimed),
  };
  return refs[key]?.() ?? null;
}

export function auditNarrative(claims: readonly Claim[], tables: readonly Table[], perf: PerfBase | null): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    const ref = reference(claim.key, tables, perf, claim.value);
    if (!ref || !ref.figure) continue;
    findings.push(check('MZ-A-NARRATIVE', `文字说明第 ${claim.line} 行“${claim.quote.slice(0, 40)}”应与${ref.label}一致`,
      { label: ref.label, value: ref.figure.value, lines: [ref.figure.line] },
      { label: '文字说明', value: claim.value, lines: [claim.line] },
      statedTolerance(claim.value)));
  }
  return findings;
}

/** 公用经费 from the 基础数据表 when there is no 06表; a table without a unit is read in the unit the claim supports. */
function perfReference(perf: PerfBase | null, claimed: string): Reference | null {
  const f = perf?.actual.publicFunds;
  if (!perf || !f?.value) return null;
  const unit = perf.unit ?? inferUnit(f.value, claimed);
  if (unit === null) return null;
  const note = perf.unit === null ? `（未注明单位，按${unit}计）` : '';
  return { label: `基础数据表公用经费决算数${note}`, figure: { value: convert(f.value, unit, '万元'), line: f.line } };
}

/** The 三公 figures of the 基础数据表 against the 三公 table; an undeclared unit is read as 元 only if the budget agrees in 元. */
export function auditSangongSources(tables: readonly Table[], perf: PerfBase | null): { findings: Finding[]; inferredUnit: '元' | '万元' | null } {
  const t09 = tableOf(tables, 't09');
  const row = t09?.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!t09 || !row || !perf) return { findings: [], inferredUnit: null };
  const budget = perf.budget.total?.value ?? null;
  const tableBudget = cellAt(t09, row, 'budget.total');
  const inferredUnit = perf.unit === null && budget !== null && tableBudget ? inferUnit(budget, tableBudget.value) : null;
  const unit = perf.unit ?? inferredUnit;
  if (unit === null) return { findings: [], inferredUnit: null };
  const findings: Finding[] = [];
  for (const side of ['budget', 'actual'] as const) {
    const f = perf[side].total;
    const t = cellAt(t09, row, `${side}.total`);
    if (!f || f.value === null || !t) continue;
    const name = side === 'budget' ? '预算数' : '决算数';
    const lines = [...new Set([f.labelLine, f.line, ...(unit === perf.unit ? [] : [perf.headerLine])])];
    findings.push(check('MZ-A-SANGONG-SOURCES', `绩效评价基础数据表的三公经费${name}应与三公经费表一致${unit !== perf.unit ? `（基础数据表未注明单位，按${unit}计）` : ''}`,
      { label: `三公经费表${name}`, value: t.value, lines: [t.line] },
      { label: `基础数据表${name}`, value: convert(f.value, unit, '万元'), lines },
      unit === '元' ? tolerance(1) : statedTolerance(f.value)));
  }
  return { findings, inferredUnit };
}
