// The audit: every identity the report's figures must satisfy, as findings. It reports; it never corrects.
import type { Claim } from '../claims.ts';
import type { PerfBase } from '../perf-base.ts';
import type { Finding, Table } from '../schema.ts';
import { auditCrossTables } from './cross-table.ts';
import { auditNarrative, auditSangongSources } from './narrative.ts';
import { auditCodeTable, auditSangongTable, auditSummaryTable } from './table-identities.ts';

const CODE_TABLES: Partial<Record<Table['kind'], [string, string[]]>> = {
  t02: ['total', ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other']],
  t03: ['total', ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated']],
  t05: ['total', ['basic', 'project']],
  t07: ['total', ['basic', 'project']],
  t08: ['total', ['basic', 'project']],
};

export function audit(tables: readonly Table[], claims: readonly Claim[], perf: PerfBase | null): { findings: Finding[]; perfUnit: '元' | '万元' | null } {
  const findings: Finding[] = [];
  for (const table of tables) {
    if (table.kind === 't01' || table.kind === 't04') findings.push(...auditSummaryTable(table));
    const spec = CODE_TABLES[table.kind];
    if (spec) findings.push(...auditCodeTable(table, spec[0], spec[1]));
    if (table.kind === 't09') findings.push(...auditSangongTable(table));
  }
  findings.push(...auditCrossTables(tables));
  const sources = auditSangongSources(tables, perf);
  findings.push(...sources.findings);
  findings.push(...auditNarrative(claims, tables, perf));
  return { findings, perfUnit: sources.inferredUnit };
}
