// One identity check: expected (the parts, or the table) against actual (the total, or the narrative),
// with a rounding allowance because published figures are rounded.
import { abs, compare, isZero, minus } from '../model/money.ts';
import type { Amount, Finding, FindingSide } from '../model/schema.ts';

export interface Side {
  label: string;
  value: Amount | null;
  lines: number[];
}

const STATUS_TEXT = { holds: '相符', rounding: '相差在尾数误差范围内', mismatch: '不相符', insufficient: '数据不足，无法核对' } as const;

export function check(code: string, rule: string, expected: Side, actual: Side, allowance: Amount): Finding {
  const side = (s: Side): FindingSide => ({ label: s.label, value: s.value, lines: s.lines });
  if (expected.value === null || actual.value === null) {
    return { code, status: 'insufficient', severity: 'info', rule, expected: side(expected), actual: side(actual), difference: null, tolerance: allowance, message: `${rule}：${STATUS_TEXT.insufficient}。` };
  }
  const difference = minus(actual.value, expected.value);
  const status = isZero(difference) ? 'holds' : compare(abs(difference), allowance) <= 0 ? 'rounding' : 'mismatch';
  const message =
    status === 'holds'
      ? `${rule}：${STATUS_TEXT.holds}（${actual.value}）。`
      : `${rule}：${actual.label}为 ${actual.value}，${expected.label}为 ${expected.value}，相差 ${difference}，${STATUS_TEXT[status]}${status === 'rounding' ? `（允许 ±${allowance}）` : ''}。`;
  return { code, status, severity: status === 'mismatch' ? 'warning' : 'info', rule, expected: side(expected), actual: side(actual), difference, tolerance: allowance, message };
}
