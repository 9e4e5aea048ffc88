// A stated percentage against the one its figures give. Printed figures are rounded, so the true percentage can lie
// anywhere in the range the rounded figures allow; a statement that rounds or cuts its own last digit differently
// (99.998 printed as 99.99) is a tail-digit difference, classified as rounding, not as a mismatch.
import { decimals, equal, lastUnit, max, minus, percent, percentRange, plus, round, within } from '../model/money.ts';
import type { Amount, Finding } from '../model/schema.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';
import { STATUS_PHRASES } from '../model/domain.ts';

export interface Operand {
  label: string;
  value: Amount;
  /** How far the printed value can be from the amount it stands for. */
  allowance: Amount;
  lines: number[];
}

export interface StatedPercent {
  label: string;
  value: Amount;
  line: number;
}

export function checkPercent(code: FindingCode, rule: string, stated: StatedPercent, part: Operand, whole: Operand): Finding {
  const places = decimals(stated.value);
  const computed = percent(part.value, whole.value, places);
  const range = percentRange(part.value, part.allowance, whole.value, whole.allowance);
  const expected = { label: `${part.label}÷${whole.label}`, value: computed, lines: [...new Set([...part.lines, ...whole.lines])] };
  const actual = { label: stated.label, value: stated.value, lines: [stated.line] };
  if (computed === null || range === null) {
    return { code, status: 'insufficient', severity: 'info', rule, expected, actual, difference: null, tolerance: null, message: `${rule}：${whole.label}为零或接近零，无法核对。` };
  }
  const unit = lastUnit(stated.value);
  const status = equal(computed, stated.value) ? 'holds' : within(stated.value, minus(range[0], unit), plus(range[1], unit)) ? 'rounding' : 'mismatch';
  const tolerance = round(plus(max(minus(range[1], computed), minus(computed, range[0])), unit), places + 2);
  const difference = minus(stated.value, computed);
  const message = status === 'holds'
    ? `${rule}：相符（${stated.value}%）。`
    : `${rule}：文字说明为 ${stated.value}%，按${part.label} ${part.value} 与${whole.label} ${whole.value} 计算为 ${computed}%，相差 ${difference} 个百分点，${STATUS_PHRASES[status]}。`;
  return { code, status, severity: status === 'mismatch' ? 'warning' : 'info', rule, expected, actual, difference, tolerance, message };
}
