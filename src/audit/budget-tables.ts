// Identities inside one budget table, on the columns its own header names: 类 = Σ款, 款 = Σ项, 合计 = Σ类 in every
// amount column of a code table; each row's 合计 = Σ its parts where every amount column of the table has a known
// meaning (a column we cannot name might be a part: Jiangsu adds 单位预留机动经费 and 结转下年资金); 三公 预算数.
import type { Finding, Table } from '../model/schema.ts';
import type { ColumnKey } from '../parse/tables/column-key.ts';
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
