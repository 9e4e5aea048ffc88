// The previous year's figure two ways: as the bureau's own report for that year prints it, and as this report's
// narrative states it (its 上年数, or its current figure less the change it states). Both are printed, rounded
// figures of one amount, so they may differ by the rounding of each.
import { plus, printedAllowance } from '../model/money.ts';
import type { Amount, Finding } from '../model/schema.ts';
import { check } from './compare.ts';

export interface PriorStated {
  value: Amount;
  /** The figures it comes from: the stated 上年数, or the current figure and the stated change. */
  terms: Amount[];
  lines: number[];
  /** 「所述上年数」 or 「本年数减所述增减额」. */
  label: string;
}

export interface PriorPrinted {
  value: Amount;
  /** 「2021年度部门决算」: the report that prints it, on another page, so its line is not one of this report's. */
  report: string;
}

export function checkPriorYear(item: string, stated: PriorStated, printed: PriorPrinted): Finding {
  const allowance = [printed.value, ...stated.terms].map(printedAllowance).reduce(plus);
  return check('MZ-A-PRIOR-YEAR', `${item}：本报告所述上年数应与本站收录的${printed.report}所列决算数一致`,
    { label: `${printed.report}所列决算数`, value: printed.value, lines: [] },
    { label: stated.label, value: stated.value, lines: stated.lines }, allowance);
}
