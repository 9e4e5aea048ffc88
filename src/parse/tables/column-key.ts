// What a column of a standard table means. The report format stores column keys as strings (`columns[].key`, for
// example "out.general" or "budget.reception"); in code they are this one type, so a misspelt key is a type error
// rather than a figure silently not found, and compound keys are made by the functions below.
import type { SangongKey, SangongSide } from '../../model/domain.ts';

/** 06's three column groups of 科目代码 / 科目名称 / 决算数, side by side. */
export const ECONOMIC_GROUPS = ['g1', 'g2', 'g3'] as const;
type EconomicGroup = (typeof ECONOMIC_GROUPS)[number];
type EconomicField = 'code' | 'name' | 'amount';

/** 01 and 04: the 收入 side (in) and the 支出 side (out). */
type SummaryKey = `in.${'name' | 'rowNo' | 'amount'}` | `out.${'name' | 'rowNo' | 'amount' | 'total' | 'general' | 'fund' | 'stateCapital'}`;

/** Tables of 科目代码 / 科目名称 rows (02, 03, 05, 07, 08) and their amount columns. */
type CodeTableKey =
  | 'code' | 'name' | 'total' | 'basic' | 'project' | 'fiscal' | 'superior' | 'business' | 'operating' | 'affiliated'
  | 'other' | 'toSuperior' | 'toAffiliated' | 'opening' | 'income' | 'closing'
  // Budget tables: 单位预留机动经费 (Jiangsu), and 人员经费/公用经费 columns of a 基本支出 table.
  | 'reserve' | 'personnel' | 'publicFunds';

export type ColumnKey = SummaryKey | CodeTableKey | `${SangongSide}.${SangongKey}` | `${EconomicGroup}.${EconomicField}`;

export const sangongColumn = (side: SangongSide, item: SangongKey): ColumnKey => `${side}.${item}`;
export const economicColumn = (group: EconomicGroup, field: EconomicField): ColumnKey => `${group}.${field}`;
