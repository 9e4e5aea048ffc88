// The lists the whole project shares, each named once: the 三公 items, the statuses of a check, the length of a name.
import type { Kind } from './schema.ts';

/** The 三公 items, in the 三公 table's order; keys are the report format's (schema.ts SangongFigures). */
export const SANGONG_KEYS = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
export type SangongKey = (typeof SANGONG_KEYS)[number];

/** The two sides of the 三公 table: 预算数 and 决算数. */
export const SANGONG_SIDES = ['budget', 'actual'] as const;
export type SangongSide = (typeof SANGONG_SIDES)[number];

/**
 * `label` as the standard 三公 table names the item; `short` as a column under its group heading
 * (公务用车购置及运行维护费 | 小计 购置费 运行维护费); `part` marks the two items that make up 公务用车购置及运行维护费.
 */
export const SANGONG_ITEMS: readonly { key: SangongKey; label: string; short: string; part?: true }[] = [
  { key: 'total', label: '合计', short: '合计' },
  { key: 'outbound', label: '因公出国（境）费', short: '因公出国（境）费' },
  { key: 'vehicle', label: '公务用车购置及运行维护费', short: '小计' },
  { key: 'vehiclePurchase', label: '公务用车购置费', short: '购置费', part: true },
  { key: 'vehicleOperation', label: '公务用车运行维护费', short: '运行维护费', part: true },
  { key: 'reception', label: '公务接待费', short: '公务接待费' },
];

/** What a check came to (schema.ts Finding.status). */
export const STATUSES = ['holds', 'rounding', 'mismatch', 'insufficient'] as const;
export type Status = (typeof STATUSES)[number];

/** A status as a label (lists, CSV) and as the end of a sentence (a finding's message). */
export const STATUS_LABELS: Record<Status, string> = { mismatch: '不相符', insufficient: '无法核对', rounding: '舍入差异', holds: '相符' };
export const STATUS_PHRASES: Record<Status, string> = { holds: '相符', rounding: '相差在尾数误差范围内', mismatch: '不相符', insufficient: '数据不足，无法核对' };

/** Long enough for any real name ("上海市普陀区人民政府万里街道办事处"); a longer one is a paste gone wrong. */
export const NAME_MAX = 100;

/** Budgets state 预算数 only; final accounts and self-evaluations report what was spent. */
export const isBudget = (kind: Kind): boolean => kind === '部门预算' || kind === '单位预算';
