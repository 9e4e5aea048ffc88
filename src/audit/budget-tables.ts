// Identities inside one budget table, on the columns its own header names: 类 = Σ款, 款 = Σ项, 合计 = Σ类 in every
// amount column of a code table; each row's 合计 = Σ its parts where every amount column of the table has a known
// meaning (a column we cannot name might be a part: Jiangsu adds 单位预留机动经费 and 结转下年资金); 三公 预算数.
import type { Finding, Table } from '../model/schema.ts';
import { sideFigure, total } from '../parse/budget-summary.ts';
import type { ColumnKey } from '../parse/tables/column-key.ts';
import { tableOf } from '../parse/tables/lookup.ts';
import { check, one } from './compare.ts';
import { auditCodeTable, auditSangongTable } from './table-identities.ts';

/** The parts of each budget code table's 合计 column, as far as the table has them. */
const PARTS: Partial<Record<Table['kind'], ColumnKey[]>> = {
  b02: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
  b03: ['basic', 'project', 'reserve'],
  b05: ['basic', 'project'],
  b07: ['basic', 'project'],
  b08: ['basic', 'project'],
  b06: ['personnel', 'publicFunds'],
};

export function auditBudgetTable(table: Table): Finding[] {
  // A table that says it is empty (本表为空) has nothing to add up.
  if (table.declaredEmpty !== null) return [];
  if (table.kind === 'b09') return auditSangongTable(table, ['budget']);
  const parts = PARTS[table.kind];
  const keys = new Set(table.columns.map((c) => c.key));
  if (!parts || !keys.has('code')) return [];
  const named = table.columns.filter((c) => c.role === 'amount').every((c) => c.key === 'total' || parts.includes(c.key as ColumnKey));
  const present = parts.filter((k) => keys.has(k));
  return auditCodeTable(table, 'total', named && keys.has('total') && present.length > 0 ? present : []);
}

/**
 * Between budget tables: the 收支总表's 收入总计 equals its 支出总计, and the 财政拨款收支总表's 一般公共预算 支出总计 equals
 * the 一般公共预算支出表's 合计 (the same amount printed twice: no allowance). Checked only where both are printed.
 */
export function auditBudgetCrossTables(tables: readonly Table[]): Finding[] {
  const findings: Finding[] = [];
  const b01 = tableOf(tables, 'b01');
  const income = sideFigure(b01, 'in', /^(?:收入总计|收入合计|总计)$/);
  const spending = sideFigure(b01, 'out', /^(?:支出总计|支出合计|总计)$/);
  if (b01 && income && spending) findings.push(check('MZ-A-B01-BALANCE', `${b01.title}：收入总计应等于支出总计`, one('收入总计', income), one('支出总计', spending), '0'));
  const b04 = tableOf(tables, 'b04');
  const general = b04 && b04.columns.some((c) => c.key === 'out.general') ? b04.rows.find((r) => r.role === 'total' && /支出总计|^总计$|支出合计/.test(r.cells.map((c) => c.text).join(''))) : undefined;
  const gpb = total(tableOf(tables, 'b05'), 'total');
  if (b04 && general && gpb) {
    const at = b04.columns.findIndex((c) => c.key === 'out.general');
    const cell = general.cells[at];
    const figure = cell?.amount ? { value: cell.amount, line: cell.line, unit: b04.unit } : null;
    findings.push(check('MZ-A-B04-B05', '财政拨款收支预算总表的一般公共预算支出总计应等于一般公共预算支出表合计', one('一般公共预算支出表合计', gpb), one('财政拨款收支预算总表一般公共预算支出总计', figure), '0'));
  }
  return findings;
}
