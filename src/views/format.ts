// Display forms of amounts and rates. Sums and checks stay in src/model/money.ts; a rate is display only.
import { Decimal } from 'decimal.js';
import { decimals, format, isZero, minus } from '../model/money.ts';
import type { Amount, Cell } from '../model/schema.ts';

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

/** a − b to as many decimals as the two were printed with: 4.00 − 3.00 is "1.00", not "1". */
export function difference(a: Amount, b: Amount): Amount {
  return new Decimal(minus(a, b)).toFixed(Math.max(decimals(a), decimals(b)));
}

/** Change on the previous year with its sign ("+1.06", "-0.50", "0"); a dash when either year is missing. */
export function changeText(current: Amount | null, previous: Amount | null): string {
  if (current === null || previous === null) return '—';
  return signedText(difference(current, previous));
}

/** A change with its sign ("+4.78", "-1.21", "0"), as stated or worked out. */
export function signedText(d: Amount): string {
  return isZero(d) ? d : (d.startsWith('-') ? '' : '+') + format(d);
}

/** A stated rate of change with its sign ("+139.52%", "-35.31%"). */
export const signedPercentText = (p: Amount) => `${signedText(p)}%`;

/** Relative change to one decimal ("+32.3%"); a dash when either year is missing or the previous one is zero. */
export function changeRateText(current: Amount | null, previous: Amount | null): string {
  if (current === null || previous === null || isZero(previous)) return '—';
  const rate = new Decimal(minus(current, previous)).dividedBy(previous).times(100).toFixed(1, Decimal.ROUND_HALF_UP);
  if (Number(rate) === 0) return '0.0%';
  return Number(rate) > 0 ? `+${rate}%` : `${rate}%`;
}
