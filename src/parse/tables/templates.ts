// The standard 部门决算 公开表 templates (财政部 format): how each table is titled and which columns it has.
// Tables are recognised by title words and header words, never by position in a document.
import { SANGONG_KEYS, type SangongKey, type SangongSide } from '../../model/domain.ts';
import type { Column, TableKind } from '../../model/schema.ts';
import { ECONOMIC_GROUPS, economicColumn, sangongColumn, type ColumnKey } from './column-key.ts';

export interface Template {
  kind: TableKind;
  /** Printed number in the 公开NN表 series. */
  number: number | null;
  name: string;
  /** Matches the normalised title (spaces, brackets and quotes removed). */
  title: RegExp;
  columns: TemplateColumn[];
  /** Words that must appear, in order, in the header rows for the template's columns to apply. */
  headerWords: string[];
  /** Within every row, each total column equals the sum of its part columns (blank = zero). */
  rowSums: RowSum[];
}

/** A template's columns have known meanings; a table read from its own header may have others (columns.ts). */
export interface TemplateColumn extends Column {
  key: ColumnKey;
}

export interface RowSum {
  total: ColumnKey;
  parts: ColumnKey[];
}

const sangongSums = (side: SangongSide): RowSum[] => {
  const at = (item: SangongKey) => sangongColumn(side, item);
  return [
    { total: at('total'), parts: [at('outbound'), at('vehicle'), at('reception')] },
    { total: at('vehicle'), parts: [at('vehiclePurchase'), at('vehicleOperation')] },
  ];
};

const col = (key: ColumnKey, label: string, role: Column['role'], groups: string[] = []): TemplateColumn => ({ key, label, role, groups });

const codeName = (codeLabel = '科目代码'): TemplateColumn[] => [col('code', codeLabel, 'code', ['项目']), col('name', '科目名称', 'name', ['项目'])];

const SANGONG_LABELS: Record<SangongKey, { label: string; under?: string }> = {
  total: { label: '合计' },
  outbound: { label: '因公出国（境）费' },
  vehicle: { label: '小计', under: '公务用车购置及运行维护费' },
  vehiclePurchase: { label: '公务用车购置费', under: '公务用车购置及运行维护费' },
  vehicleOperation: { label: '公务用车运行维护费', under: '公务用车购置及运行维护费' },
  reception: { label: '公务接待费' },
};

const sangongSide = (side: SangongSide, group: string): TemplateColumn[] =>
  SANGONG_KEYS.map((item) => {
    const { label, under } = SANGONG_LABELS[item];
    return col(sangongColumn(side, item), label, 'amount', under ? [group, under] : [group]);
  });

const economicGroup = (n: 0 | 1 | 2, group: string): TemplateColumn[] => [
  col(economicColumn(ECONOMIC_GROUPS[n], 'code'), '科目代码', 'code', [group]),
  col(economicColumn(ECONOMIC_GROUPS[n], 'name'), '科目名称', 'name', [group]),
  col(economicColumn(ECONOMIC_GROUPS[n], 'amount'), '决算数', 'amount', [group]),
];

const TEMPLATES: Template[] = [
  {
    kind: 't04', number: 4, name: '财政拨款收入支出决算总表', title: /^财政拨款收入支出决算总表$/,
    headerWords: ['收入', '支出', '项目', '行次', '项目', '行次', '合计', '一般公共预算', '政府性基金', '国有资本'],
    rowSums: [{ total: 'out.total', parts: ['out.general', 'out.fund', 'out.stateCapital'] }],
    columns: [
      col('in.name', '项目', 'name', ['收入']), col('in.rowNo', '行次', 'rowNo', ['收入']), col('in.amount', '金额', 'amount', ['收入']),
      col('out.name', '项目', 'name', ['支出']), col('out.rowNo', '行次', 'rowNo', ['支出']),
      col('out.total', '合计', 'amount', ['支出']), col('out.general', '一般公共预算财政拨款', 'amount', ['支出']),
      col('out.fund', '政府性基金预算财政拨款', 'amount', ['支出']), col('out.stateCapital', '国有资本经营预算财政拨款', 'amount', ['支出']),
    ],
  },
  {
    kind: 't01', number: 1, name: '收入支出决算总表', title: /^收入支出决算总表$/,
    headerWords: ['收入', '支出', '项目', '行次', '项目', '行次'], rowSums: [],
    columns: [
      col('in.name', '项目', 'name', ['收入']), col('in.rowNo', '行次', 'rowNo', ['收入']), col('in.amount', '金额', 'amount', ['收入']),
      col('out.name', '项目', 'name', ['支出']), col('out.rowNo', '行次', 'rowNo', ['支出']), col('out.amount', '金额', 'amount', ['支出']),
    ],
  },
  {
    kind: 't02', number: 2, name: '收入决算表', title: /^收入决算表$/,
    headerWords: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    rowSums: [{ total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] }],
    columns: [
      ...codeName(), col('total', '本年收入合计', 'amount'), col('fiscal', '财政拨款收入', 'amount'), col('superior', '上级补助收入', 'amount'),
      col('business', '事业收入', 'amount'), col('operating', '经营收入', 'amount'), col('affiliated', '附属单位上缴收入', 'amount'), col('other', '其他收入', 'amount'),
    ],
  },
  {
    kind: 't07', number: 7, name: '政府性基金预算财政拨款收入支出决算表', title: /^政府性基金预算财政拨款收入支出决算表$/,
    headerWords: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
    rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    columns: [
      ...codeName(), col('opening', '年初结转和结余', 'amount'), col('income', '本年收入', 'amount'),
      col('total', '小计', 'amount', ['本年支出']), col('basic', '基本支出', 'amount', ['本年支出']), col('project', '项目支出', 'amount', ['本年支出']),
      col('closing', '年末结转和结余', 'amount'),
    ],
  },
  {
    kind: 't08', number: 8, name: '国有资本经营预算财政拨款支出决算表', title: /^国有资本经营预算财政拨款(收入)?支出决算表$/,
    headerWords: ['基本支出', '项目支出'], rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    columns: [...codeName(), col('total', '合计', 'amount', ['本年支出']), col('basic', '基本支出', 'amount', ['本年支出']), col('project', '项目支出', 'amount', ['本年支出'])],
  },
  {
    kind: 't06', number: 6, name: '一般公共预算财政拨款基本支出决算表', title: /^(一般公共预算)?财政拨款基本支出决算(明细)?表$/,
    headerWords: ['科目名称', '决算数', '科目名称', '决算数', '科目名称', '决算数'], rowSums: [],
    columns: [...economicGroup(0, '人员经费'), ...economicGroup(1, '公用经费'), ...economicGroup(2, '公用经费')],
  },
  {
    kind: 't05', number: 5, name: '一般公共预算财政拨款支出决算表', title: /^(一般公共预算)?财政拨款支出决算(明细)?表$/,
    headerWords: ['基本支出', '项目支出'], rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    columns: [...codeName(), col('total', '小计', 'amount', ['本年支出']), col('basic', '基本支出', 'amount', ['本年支出']), col('project', '项目支出', 'amount', ['本年支出'])],
  },
  {
    kind: 't03', number: 3, name: '支出决算表', title: /^支出决算表$/,
    headerWords: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    rowSums: [{ total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] }],
    columns: [
      ...codeName(), col('total', '本年支出合计', 'amount'), col('basic', '基本支出', 'amount'), col('project', '项目支出', 'amount'),
      col('toSuperior', '上缴上级支出', 'amount'), col('operating', '经营支出', 'amount'), col('toAffiliated', '对附属单位补助支出', 'amount'),
    ],
  },
  {
    kind: 't09', number: 9, name: '财政拨款“三公”经费支出决算表', title: /^(一般公共预算)?财政拨款三公经费(支出)?决算表$/,
    headerWords: ['预算数', '决算数'], rowSums: [...sangongSums('budget'), ...sangongSums('actual')],
    columns: [...sangongSide('budget', '预算数'), ...sangongSide('actual', '决算数')],
  },
  {
    kind: 'perfBase', number: null, name: '部门整体支出绩效评价基础数据表', title: /绩效评价基础数据表$/,
    headerWords: [], columns: [], rowSums: [],
  },
  {
    kind: 'other', number: null, name: '绩效自评表', title: /(绩效自评表|绩效目标表|绩效评价表)$/,
    headerWords: [], columns: [], rowSums: [],
  },
];

export function templateOf(kind: TableKind): Template | undefined {
  return TEMPLATES.find((t) => t.kind === kind);
}

/** Title text compared without spaces, quotes, brackets, year prefixes, list numbering or a label printed beside it. */
function normaliseTitle(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/(?:部门)?公开\d{1,2}表$|表(?:[一二三四五六七八九十]{1,2}|\d{1,2})$/, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/^(附件[\d\-—]*[:：]?)/, '')
    .replace(/^\d{4}年(度)?/, '')
    .replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]/, '')
    .replace(/^\d{4}年(度)?/, '');
}

export function templateForTitle(text: string): Template | undefined {
  // Every title ends in 表 and normalising only removes characters: most lines are ruled out before it.
  if (!text.includes('表')) return undefined;
  const t = normaliseTitle(text);
  if (t.length > 40) return undefined;
  return TEMPLATES.find((tpl) => tpl.title.test(t));
}

/** 公开01表, 公开 01 表, 表七, 表7: the label's number, or null. */
export function labelNumber(text: string): number | null {
  const t = text.replace(/[\s\u3000]/g, '');
  const m = /^(?:部门)?公开(\d{1,2})表$/.exec(t) ?? /^表([一二三四五六七八九十]|\d{1,2})$/.exec(t);
  if (!m) return null;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : '一二三四五六七八九十'.indexOf(m[1]) + 1;
}

/** Finds a 公开NN表 or 表七 label inside a longer text (a line that also holds 部门： or 单位：, or the title). */
export function findLabel(text: string): string | null {
  // Every label ends in 表: table rows without it are passed over without running the patterns.
  if (!text.includes('表')) return null;
  const m = /(部门)?公开\s*\d{1,2}\s*表/.exec(text);
  if (m) return m[0];
  return /(?:^|\s)(表\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2}))(?=\s|$)/.exec(text)?.[1] ?? null;
}
