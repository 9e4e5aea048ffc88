// The figures a report is summarised by, named once for pages and downloads alike.
import type { Summary } from './schema.ts';

export type SummaryKey = keyof Omit<Summary, 'lines'>;

/** Headline figures in reading order; `label` is the 01/03/06 tables' own row or column name. */
export const SUMMARY_FIGURES: readonly { key: SummaryKey; label: string }[] = [
  { key: 'incomeTotal', label: '本年收入合计' },
  { key: 'expenditureTotal', label: '本年支出合计' },
  { key: 'grandTotal', label: '总计' },
  { key: 'basicExpenditure', label: '基本支出' },
  { key: 'projectExpenditure', label: '项目支出' },
  { key: 'personnel', label: '人员经费' },
  { key: 'publicFunds', label: '公用经费' },
];
