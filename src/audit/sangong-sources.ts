// The 三公 figures of the 绩效评价基础数据表 against the 三公 table. An undeclared unit is inferred only where the
// budget agrees in exactly one of 元 and 万元; the table wins and a disagreement is a finding.
import { convert, inferUnit } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { PerfBase } from '../parse/perf-base.ts';
import { sangongColumn } from '../parse/tables/column-key.ts';
import { SANGONG_SIDES } from '../model/domain.ts';
import type { Finding, Table } from '../model/schema.ts';
import { cellAt, tableOf } from '../parse/tables/lookup.ts';
import { checkStated } from './narrative-claims.ts';
import { sangongRow } from './references.ts';

export function auditSangongSources(tables: readonly Table[], perf: PerfBase | null, fallback: Unit): { findings: Finding[]; inferredUnit: Unit | null } {
  const t09 = tableOf(tables, 't09');
  const row = t09 && sangongRow(t09);
  if (!t09 || !row || !perf) return { findings: [], inferredUnit: null };
  const budget = perf.budget.total?.value ?? null;
  const tableBudget = cellAt(t09, row, 'budget.total');
  const inferredUnit = perf.unit === null && budget !== null && tableBudget ? inferUnit(budget, convert(tableBudget.value, tableBudget.unit ?? fallback, '万元')) : null;
  const unit = perf.unit ?? inferredUnit;
  if (unit === null) return { findings: [], inferredUnit: null };
  const findings: Finding[] = [];
  for (const side of SANGONG_SIDES) {
    const f = perf[side].total;
    const t = cellAt(t09, row, sangongColumn(side, 'total'));
    if (!f || f.value === null || !t) continue;
    const name = side === 'budget' ? '预算数' : '决算数';
    const lines = [...new Set([f.labelLine, f.line, ...(unit === perf.unit ? [] : [perf.headerLine])])];
    const stated = { value: f.value, line: f.line, unit };
    const finding = checkStated('MZ-A-SANGONG-SOURCES', `绩效评价基础数据表的三公经费${name}应与三公经费表一致${unit !== perf.unit ? `（基础数据表未注明单位，按${unit}计）` : ''}`,
      { label: `三公经费表${name}`, figure: t }, { label: `基础数据表${name}`, figure: stated }, fallback, true);
    finding.actual.lines = lines;
    findings.push(finding);
  }
  return { findings, inferredUnit };
}
