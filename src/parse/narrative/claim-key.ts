// What a figure of the narrative is about, for the audit to look up: a headline figure of the tables, a 三公 figure
// (budget or actual, per item), or a 05表 line item by its 项 code or name.
import type { SangongKey, SangongSide } from '../../model/domain.ts';

/** Headline figures the narrative states, each found in one table (audit/references.ts says where). */
export type TableFigure =
  | 'fiscalGrandTotal' | 'grandTotal' | 'incomeTotal' | 'expenditureTotal' | 'basic' | 'project' | 'fiscalIncome'
  | 'gpb.total' | 'gpb.basic' | 'gpb.project' | 'gpb.income' | 'personnel' | 'publicFunds';

export type ClaimKey =
  | { about: 'table'; figure: TableFigure }
  | { about: 'sangong'; side: SangongSide; item: SangongKey }
  | { about: 'item'; by: 'code' | 'name'; value: string };

export const tableFigure = (figure: TableFigure): ClaimKey => ({ about: 'table', figure });
export const sangongFigure = (side: SangongSide, item: SangongKey): ClaimKey => ({ about: 'sangong', side, item });

/** The key as one string, for telling claims apart. */
export function keyText(key: ClaimKey): string {
  if (key.about === 'table') return key.figure;
  return key.about === 'sangong' ? `sangong.${key.side}.${key.item}` : `item.${key.by}:${key.value}`;
}
