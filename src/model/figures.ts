// The figures a report is summarised by, named once for pages and downloads alike.
import type { SangongFigures, Summary } from './schema.ts';

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

/** 三公 items in the 三公 table's order; `part` marks the two items that make up 公务用车购置及运行维护费. */
export const SANGONG_ITEMS: readonly { key: keyof SangongFigures; label: string; part?: boolean }[] = [
  { key: 'total', label: '合计' },
  { key: 'outbound', label: '因公出国（境）费' },
  { key: 'vehicle', label: '公务用车购置及运行维护费' },
  { key: 'vehiclePurchase', label: '公务用车购置费', part: true },
  { key: 'vehicleOperation', label: '公务用车运行维护费', part: true },
  { key: 'reception', label: '公务接待费' },
];
