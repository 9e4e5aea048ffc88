// 数据核对: the parser's arithmetic checks, most serious first, with Chinese status names.
import { STATUS_LABELS } from '../model/domain.ts';
import type { Finding, Unrecognised } from '../model/schema.ts';
import type { FindingCounts } from '../load/record.ts';

export { STATUS_LABELS };

const ORDER: Finding['status'][] = ['mismatch', 'insufficient', 'rounding', 'holds'];

/** Mismatches first; within a status, in the order the parser checked them. */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

/** "3 项不相符，1 项舍入差异，40 项相符" */
export function findingCounts(counts: FindingCounts): string {
  return ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} 项${STATUS_LABELS[s]}`).join('，');
}

/** The parser records why lines were left unread as short codes; readers get a sentence. */
const UNRECOGNISED_REASONS: Record<string, string> = {
  row: '这一行的栏目数与表头对不上，无法确定每个数字属于哪一栏',
  stray: '表格中夹杂的文字，不属于任何一行',
};

/** Why a whole table is shown as original text. */
export const UNREAD_TABLE = '未能识别本表的表头和行列';

export function unrecognisedText(u: Unrecognised): { range: string; reason: string } {
  return {
    range: u.start === u.end ? `第 ${u.start} 行` : `第 ${u.start}–${u.end} 行`,
    reason: UNRECOGNISED_REASONS[u.reason] ?? '未能确定识别',
  };
}
