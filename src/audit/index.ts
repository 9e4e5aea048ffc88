// The audit: every identity the report's figures must satisfy, as findings. It reports; it never corrects.
import type { Claim } from '../parse/narrative/claims.ts';
import type { Unit } from '../model/schema.ts';
import type { PerfBase } from '../parse/perf-base.ts';
import type { Changes } from '../parse/narrative/changes.ts';
import type { Finding, Sangong, Table } from '../model/schema.ts';
import type { Share } from '../parse/narrative/shares.ts';
import { templateOf } from '../parse/tables/templates.ts';
import { auditBudgetCrossTables, auditBudgetTable } from './budget-tables.ts';
import { auditChanges } from './narrative-changes.ts';
import { auditCrossTables } from './cross-table.ts';
import { auditNarrative } from './narrative-claims.ts';
import { auditSangongSources } from './sangong-sources.ts';
import { auditShares } from './narrative-shares.ts';
import { auditCodeTable, auditEconomicTable, auditSangongTable, auditSummaryTable } from './table-identities.ts';

export interface Statements {
  claims: readonly Claim[];
  shares: readonly Share[];
  changes: readonly Changes[];
}

function auditTable(table: Table): Finding[] {
  if (table.kind === 't01' || table.kind === 't04') return auditSummaryTable(table, table.kind);
  if (table.kind === 't09') return auditSangongTable(table);
  if (table.kind === 't06') return auditEconomicTable(table);
  if (table.kind.startsWith('b')) return auditBudgetTable(table);
  const template = templateOf(table.kind);
  const sums = template?.columns.some((c) => c.key === 'code') ? template.rowSums : [];
  // A table read from its own header may lack a part or have a column we cannot name, which might be one: its rows
  // are then not added up, only its hierarchy checked.
  const keys = new Set(table.columns.map((c) => c.key));
  const certain = table.columns.every((c) => c.role !== 'amount' || keys.has(c.key) && !/^c\d+$/.test(c.key));
  return sums.flatMap((s) => auditCodeTable(table, s.total, certain && s.parts.every((k) => keys.has(k)) ? s.parts : []));
}

/** `unit`: the report's unit, for tables that do not state theirs. */
export function audit(tables: readonly Table[], said: Statements, perf: PerfBase | null, unit: Unit): { findings: Finding[]; perfUnit: Unit | null } {
  const sources = auditSangongSources(tables, perf, unit);
  const findings = [
    ...tables.flatMap(auditTable),
    ...auditCrossTables(tables, unit),
    ...auditBudgetCrossTables(tables),
    ...sources.findings,
    ...auditNarrative(said.claims, tables, perf, unit),
  ];
  return { findings, perfUnit: sources.inferredUnit };
}

/** Shares and year-on-year changes the narrative states, checked once the 三公 figures are known. */
export function auditStatements(said: Statements, tables: readonly Table[], sangong: Sangong, unit: Unit): Finding[] {
  return [...auditShares(said.shares, tables, sangong, unit), ...auditChanges(said.changes, sangong)];
}
