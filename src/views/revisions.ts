// 变更记录 of a bureau: for each of its reports corrected in a later commit, the figures that changed.
import type { Revision } from '../publish/provenance/content-history.ts';
import { format } from '../model/money.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { lineHref } from '../site/paths.ts';
import { provenanceOf, revisionsOf } from '../site/provenance.ts';
import type { ViewColumn, ViewRow } from './table.ts';

export interface ReportRevisions {
  entry: ReportEntry;
  revisions: Revision[];
}

export const correctedReports = (entries: readonly ReportEntry[]): ReportRevisions[] =>
  entries.map((entry) => ({ entry, revisions: revisionsOf(entry.report) })).filter((r) => r.revisions.length > 0);

const COLUMNS: ViewColumn[] = [
  { label: '位置', groups: [], role: 'name' },
  { label: '更正前', groups: [], role: 'amount' },
  { label: '更正后', groups: [], role: 'amount' },
  { label: '单位', groups: [], role: 'text' },
  { label: '原文行', groups: [], role: 'text' },
];

const figureText = (v: string | null) => (v === null ? '（无）' : format(v));

/**
 * The changed figures of one revision. Line numbers are those of the version the revision made: they link into
 * the report page only when that version is the file the page shows.
 */
export function revisionTable(entry: ReportEntry, rev: Revision): { columns: ViewColumn[]; rows: ViewRow[] } {
  const current = provenanceOf(entry.report).lastChanged.commit === rev.commit;
  const rows = rev.changes.map((c): ViewRow => ({
    cells: [
      { text: c.label },
      { text: figureText(c.before) },
      { text: figureText(c.after) },
      { text: c.unit ?? '' },
      c.line === null ? { text: '' } : current ? { text: `第 ${c.line} 行`, href: entry.url + lineHref(c.line) } : { text: `该版第 ${c.line} 行` },
    ],
  }));
  return { columns: COLUMNS, rows };
}
