// One identity check: expected (the parts, or the table) against actual (the total, or the narrative),
// with a rounding allowance because published figures are rounded.
import { abs, compare, isZero, minus } from '../model/money.ts';
import type { Amount, Finding, FindingSide } from '../model/schema.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';
import { STATUS_PHRASES } from '../model/domain.ts';

export interface Side {
  label: string;
  value: Amount | null;
  lines: number[];
}

/** One printed figure as a side of a check (nothing known when it is not printed). */
export const one = (label: string, f: { value: Amount; line: number } | null): Side => ({ label, value: f?.value ?? null, lines: f ? [f.line] : [] });

export function check(code: FindingCode, rule: string, expected: Side, actual: Side, allowance: Amount): Finding {
  const side = (s: Side): FindingSide => ({ label: s.label, value: s.value, lines: s.lines });
  if (expected.value === null || actual.value === null) {
    return { code, status: 'insufficient', severity: 'info', rule, expected: side(expected), actual: side(actual), difference: null, tolerance: allowance, message: `${rule}：${STATUS_PHRASES.insufficient}。` };
  }
  const difference = minus(actual.value, expected.value);
  const status = isZero(difference) ? 'holds' : compare(abs(difference), allowance) <= 0 ? 'rounding' : 'mismatch';
  const message =
    status === 'holds'
      ? `${rule}：${STATUS_PHRASES.holds}（${actual.value}）。`
      : `${rule}：${actual.label}为 ${actual.value}，${expected.label}为 ${expected.value}，相差 ${difference}，${STATUS_PHRASES[status]}${status === 'rounding' ? `（允许 ±${allowance}）` : ''}。`;
  return { code, status, severity: status === 'mismatch' ? 'warning' : 'info', rule, expected: side(expected), actual: side(actual), difference, tolerance: allowance, message };
}
