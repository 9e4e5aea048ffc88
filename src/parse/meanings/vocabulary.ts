// The words of the standard tables: the budget tables (部门预算 公开表) by their titles, and what each column of a
// budget or final-accounts table means by its header label. Titles and labels vary by province and year (一…九 or 公开NN表 numbering, 部门 prefixes, （功能科目）, 金额 or 预算数,
// columns added, dropped or reordered), so both are matched on their normalised words, never on positions.
import type { TableKind } from '../../model/schema.ts';

export type BudgetKind = Extract<TableKind, `b0${number}`>;

/** Spaces, quotes, bracketed qualifiers, year and list numbering and a 公开NN表 label removed. */
export function normaliseTitle(text: string): string {
  return text
    .replace(/[\s\u3000“”"‘’'「」『』]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/(?:部门)?公开\d{1,2}表|表[一二三四五六七八九十]{1,3}$/g, '')
    .replace(/^(?:附件[\d\-—]*[:：]?)?(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:区级|市级|省级)?(?:部门|单位)/, '');
}

const TITLES: [RegExp, BudgetKind | 'other'][] = [
  [/^财政拨款收支预算总表$/, 'b04'],
  [/^(?:财务)?收支预算总表$/, 'b01'],
  [/^收入预算总?表$/, 'b02'],
  [/^支出预算总?表$/, 'b03'],
  [/^一般公共预算基本支出.*预算表$/, 'b06'],
  [/^一般公共预算支出.*预算表$/, 'b05'],
  [/^政府性基金预算.*支出.*预算表$/, 'b07'],
  [/^国有资本经营预算.*支出.*预算表$/, 'b08'],
  [/三公.*经费.*预算表$/, 'b09'],
  [/预算表$/, 'other'],
];

/** The budget table a title names, 'other' for another 预算表, null when the line is not a budget table's title. */
export function budgetTitle(text: string): BudgetKind | 'other' | null {
  if (!text.includes('表') || text.includes('…')) return null;
  const t = normaliseTitle(text);
  if (t.length > 40) return null;
  return TITLES.find(([re]) => re.test(t))?.[1] ?? null;
}

/** Label words compared without spaces, quotes or the year a label starts with; brackets made half-width. */
export const normaliseLabel = (text: string) =>
  text.replace(/[\s\u3000“”"]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/^\d{4}年度?/, '');

/** The headings over a table's sides: 预算数 | 决算数 of a 三公 table, 收入 | 支出 of a 收支 table. */
export const SIDE_HEADING = /^(?:预算数?|决算数?|(?:本年|财政拨款)?(?:收入|支出))$/;

export const CODE_LABEL = /(?:编码|代码)$|^(?:类|款|项)$/;
export const NAME_LABEL = /(?:名称|项目|科目)$/;
/** A lone amount column: its figure is the row's total. */
const AMOUNT_LABEL = /^(?:金额|预算数|预算|合计)$/;

type Rule = [RegExp, string];

const SPENDING: Rule[] = [[/(?:合计|小计|总计)$/, 'total'], [/基本支出$/, 'basic'], [/项目支出$/, 'project'], [/单位预留机动经费$/, 'reserve'], [AMOUNT_LABEL, 'total']];

const INCOME: Rule[] = [[/(?:合计|小计|总计)$/, 'total'], [/财政拨款(?:收入)?$/, 'fiscal'], [/经营收入$/, 'operating'], [/事业收入$/, 'business'], [/上级补助收入$/, 'superior'], [/附属单位上缴收入$/, 'affiliated'], [/其他收入$/, 'other'], [AMOUNT_LABEL, 'total']];

/** Amount columns of the one-sided tables, by label ending; the first rule that matches wins. */
export const AMOUNT_RULES: Partial<Record<TableKind, Rule[]>> = {
  t02: INCOME,
  t03: [[/(?:合计|小计|总计)$/, 'total'], [/基本支出$/, 'basic'], [/项目支出$/, 'project'], [/上缴上级支出$/, 'toSuperior'], [/经营支出$/, 'operating'], [/对附属单位补助支出$/, 'toAffiliated'], [AMOUNT_LABEL, 'total']],
  t05: SPENDING,
  t07: [[/年初结转(?:和结余)?$/, 'opening'], [/年末结转(?:和结余)?$/, 'closing'], [/本年收入$/, 'income'], [/(?:合计|小计)$/, 'total'], [/基本支出$/, 'basic'], [/项目支出$/, 'project']],
  t08: SPENDING,
  b02: INCOME,
  b03: SPENDING,
  b05: SPENDING,
  b07: SPENDING,
  b08: SPENDING,
  b06: [[/合计$/, 'total'], [/人员经费$/, 'personnel'], [/公用经费$/, 'publicFunds'], [AMOUNT_LABEL, 'total']],
};

/** 财政拨款收支预算总表's 支出 columns by fund. */
export const FISCAL_OUT_RULES: Rule[] = [[/合计$/, 'out.total'], [/一般公共预算/, 'out.general'], [/政府性基金/, 'out.fund'], [/国有资本/, 'out.stateCapital']];

export const SANGONG_LABELS = {
  outbound: /因公出国\(境\)费?$/,
  reception: /公务接待费?$/,
  vehiclePurchase: /购置费$/,
  vehicleOperation: /运行(?:维护)?费$/,
  vehicle: /公务用车购置及运行(?:维护)?费$/,
  subtotal: /小计$/,
  total: /合计$/,
  /** Columns that are not 三公 spending: a leading 合计 beside them includes them. */
  beside: /(?:会议费|培训费)$/,
};
