// The pipeline for one report file: source → blocks → tables and narrative → 三公, summary → audit → validated report.
import { audit, auditStatements, type Statements } from '../audit/index.ts';
import { readChanges } from '../parse/narrative/changes.ts';
import { readClaims } from '../parse/narrative/claims.ts';
import { Diagnostics } from '../model/diagnostics.ts';
import type { Diagnostic, Unit } from '../model/schema.ts';
import { readIdentity, type IdentityOrigin } from '../parse/identity.ts';
import { readPerfBase } from '../parse/perf-base.ts';
import { readBlocks } from '../extract/rows.ts';
import { readSangong } from '../parse/sangong.ts';
import { Report, type Table } from '../model/schema.ts';
import { readSections } from '../parse/narrative/sections.ts';
import { readStaff } from '../parse/narrative/staff.ts';
import { readShares } from '../parse/narrative/shares.ts';
import { readSource, type SourceText } from '../extract/source.ts';
import { markdownLines } from '../extract/markdown.ts';
import { readSummary } from '../parse/summary.ts';
import { readBudgetSummary } from '../parse/budget-summary.ts';
import { readGridTables } from '../parse/grid/read.ts';
import type { GridLine } from '../parse/grid/lines.ts';
import { isBudget } from '../model/domain.ts';
import { buildTables, mergeSegments, type Unsure } from '../parse/tables/build.ts';
import { findSegments } from '../parse/tables/segments.ts';

/** Bump when parsing changes what a report contains: caches keyed on it re-parse. */
export const PARSER_VERSION = '10';

export function parseReport(text: string, file: string): Report {
  const diagnostics = new Diagnostics();
  return parseSource(readSource(text, diagnostics), file, diagnostics);
}

/** Lines with their given identity → Report, whatever the lines were read from (a text file, a PDF's text view). */
/**
 * `grid`: the positioned rows of a PDF, whose budget tables are read by position (parse/grid); the text stages read
 * every other line.
 */
export function parseSource(source: SourceText, file: string, diagnostics: Diagnostics, origin: IdentityOrigin = 'frontMatter', grid: readonly GridLine[] = []): Report {
  // What the parser reads; source.lines stay as written, for the report's original text.
  const lines = /\.md$/i.test(file) ? markdownLines(source.lines, source.bodyStart) : source.lines;
  const positioned = readGridTables(grid, diagnostics);
  const blocks = readBlocks(lines.map((l, i) => (positioned.covered.has(i + 1) ? '' : l)), source.bodyStart);
  const unsure: Unsure[] = [];
  const groups = mergeSegments(findSegments(blocks));
  const tables = [...positioned.tables, ...buildTables(groups, diagnostics, unsure)]
    .sort((a, b) => a.titleLine - b.titleLine)
    .map((t, i) => ({ ...t, id: `table-${i + 1}` }));
  for (const s of groups.flat().flatMap((seg) => seg.strays)) unsure.push({ start: s.line, end: s.line, reason: 'stray' });
  const tableLines = new Set([...positioned.covered, ...groups.flat().flatMap((seg) => range(seg.start, seg.end))]);
  const sections = readSections(blocks, (line) => tableLines.has(line));
  const identity = readIdentity(source.frontMatter, lines, source.bodyStart, diagnostics, origin);
  const budget = isBudget(identity.kind);
  const said: Statements = { claims: readClaims(sections, lines, budget), shares: readShares(sections, lines), changes: readChanges(sections, lines) };
  const unit = reportUnit(tables);
  const perf = readPerfBase(tables, identity.year);
  const audited = audit(tables, said, perf, unit);
  if (perf && audited.perfUnit && perf.unit === null) {
    markInferredUnit(perf.table, audited.perfUnit);
    perf.unit = audited.perfUnit;
    diagnostics.raise('MZ-UNIT-INFERRED', perf.headerLine, perf.table.title, audited.perfUnit);
  }
  if (tables.length === 0) {
    diagnostics.raise('MZ-NO-TABLES', source.bodyStart);
  }
  const sangong = readSangong(tables, perf, said.claims, sections, unit, budget);
  const report: Report = {
    formatVersion: 1,
    file,
    bureau: identity.bureau,
    year: identity.year,
    kind: identity.kind,
    unit,
    identity,
    summary: budget ? readBudgetSummary(tables, said.claims, unit) : readSummary(tables),
    sangong,
    tables,
    sections,
    staff: readStaff(sections, lines),
    statedChanges: [...said.changes],
    findings: [...audited.findings, ...auditStatements(said, tables, sangong, unit)],
    diagnostics: diagnostics.list.sort((a, b) => a.line - b.line),
    unrecognised: unsure.map(({ start, end, reason }) => ({ start, end, reason })),
    source: { lines: source.lines, bodyStart: source.bodyStart },
  };
  return Report.parse(report);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function markInferredUnit(table: Table, unit: Unit): void {
  table.unit = unit;
  table.unitInferred = true;
}

function reportUnit(tables: readonly Table[]): Unit {
  const units = tables.filter((t) => t.kind !== 'other' && t.kind !== 'perfBase' && t.unit !== null).map((t) => t.unit);
  return units.filter((u) => u === '元').length > units.length / 2 ? '元' : '万元';
}

/** A file that cannot be read: no content is published, its diagnostics say why. */
export function unreadableReport(file: string, diagnostics: Diagnostic[]): Report {
  return { ...parseReport('', file), diagnostics, source: { lines: [], bodyStart: 1 } };
}
