// 数据核对: the parser's arithmetic checks, most serious first, with Chinese status names.
import type { Finding, Unrecognised } from '../core/schema.ts';

export const STATUS_LABELS: Record<Finding['status'], string> = {
  mismatch: '不相符',
  insufficient: '无法核对',
  rounding: '舍入差异',
  holds: '相符',
};

const ORDER: Finding['status'][] = ['mismatch', 'insufficient', 'rounding', 'holds'];

/** Mismatches first; within a status, in the order the parser checked them. */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

/** "3 项不相符，1 项舍入差异，40 项相符" */
export function findingCounts(findings: readonly Finding[]): string {
  return ORDER.map((s) => [s, findings.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} 项${STATUS_LABELS[s]}`)
    .join('，');
}

/** The parser records why lines were left unread as short codes; readers get a sentence. */
const UNRECOGNISED_REASONS: Record<string, string> = {
  row: '这一表格行的栏目无法与表头确定对应',
  stray: '表格中夹杂的文字',
};

export function unrecognisedText(u: Unrecognised): { range: string; reason: string } {
  return {
    range: u.start === u.end ? `第 ${u.start} 行` : `第 ${u.start}–${u.end} 行`,
    reason: UNRECOGNISED_REASONS[u.reason] ?? u.reason,
  };
}
