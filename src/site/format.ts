// Display forms of amounts and rates. Sums and checks stay in core/money.ts; a rate is display only.
import { Decimal } from 'decimal.js';
import { format, isZero } from '../core/money.ts';
import type { Amount, Cell } from '../core/schema.ts';

/** A table cell as shown: thousands separators for amounts, zeros exactly as printed ("0", "0.00", "-", blank). */
export function cellText(cell: Cell): string {
  if (cell.amount === null || isZero(cell.amount)) return cell.text;
  return format(cell.amount);
}

/** A figure outside the document's tables; a missing figure is shown as a dash. */
export function amountText(a: Amount | null): string {
  return a === null ? '—' : format(a);
}

/** 执行率 = actual / budget to one decimal; a dash when either side is missing or the budget is zero. */
export function rateText(actual: Amount | null, budget: Amount | null): string {
  if (actual === null || budget === null || isZero(budget)) return '—';
  return `${new Decimal(actual).dividedBy(budget).times(100).toFixed(1, Decimal.ROUND_HALF_UP)}%`;
}
