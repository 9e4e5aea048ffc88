// Identities inside one table: totals against their parts, 类 = Σ款, 款 = Σ项, 合计 = Σ类, each row's total = Σ its columns.
import { stepOf, sum, tolerance } from '../model/money.ts';
import type { Amount, Finding, Row, Table } from '../model/schema.ts';
import { cellAt, textAt, totalRow } from '../parse/tables/lookup.ts';
import { check, type Side } from './compare.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';

const sumSide = (label: string, figures: ({ value: string; line: number } | null)[]): Side => {
  const present = figures.filter((f): f is { value: string; line: number } => f !== null);
  return { label, value: present.length === figures.length && present.length > 0 ? sum(present.map((f) => f.value)) : null, lines: [...new Set(present.map((f) => f.line))] };
};

/** The table's rounding step: the finest decimal it prints (0.01 for 万元 with two decimals, 1 for whole 元). */
const stepIn = (table: Table) => stepOf(table.rows.flatMap((r) => r.cells.flatMap((c) => (c.amount === null ? [] : [c.amount]))));

const one = (label: string, f: { value: string; line: number } | null): Side => ({ label, value: f?.value ?? null, lines: f ? [f.line] : [] });

const SUMMARY_CODES = {
  t01: { sum: 'MZ-A-T01-SUM', balance: 'MZ-A-T01-BALANCE' },
  t04: { sum: 'MZ-A-T04-SUM', balance: 'MZ-A-T04-BALANCE' },
} as const satisfies Record<string, { sum: FindingCode; balance: FindingCode }>;

/** 01/04: income items sum to 本年收入合计, expenditure classes to 本年支出合计, and 总计 is the same on both sides. */
export function auditSummaryTable(table: Table, kind: keyof typeof SUMMARY_CODES): Finding[] {
  const findings: Finding[] = [];
  const amountKey = table.kind === 't04' ? 'out.total' : 'out.amount';
  const side = (nameKey: string, key: string, totalLabel: RegExp) => {
    const totalAt = table.rows.findIndex((r) => totalLabel.test(textAt(table, r, nameKey)));
    if (totalAt < 0) return;
    const items = table.rows.slice(0, totalAt).filter((r) => /^[一二三四五六七八九十]+、/.test(textAt(table, r, nameKey)));
    // A row that could not be placed may be one of the items: the sum is then not known.
    const gap = table.omitted.some((l) => l < table.rows[totalAt].line);
    const parts = gap ? { label: '各项之和（部分行未能识别）', value: null, lines: [] } : sumSide('各项之和', items.map((r) => cellAt(table, r, key)));
    findings.push(check(SUMMARY_CODES[kind].sum, `${table.title}：${totalLabel.source.replace(/[\^$]/g, '')}应等于各项之和`, parts, one(totalLabel.source.replace(/[\^$]/g, ''), cellAt(table, table.rows[totalAt], key)), tolerance(items.length + 1, stepIn(table))));
  };
  side('in.name', 'in.amount', /^本年收入合计$/);
  side('out.name', amountKey, /^本年支出合计$/);
  const grand = (nameKey: string) => table.rows.find((r) => textAt(table, r, nameKey) === '总计');
  const left = grand('in.name');
  const right = grand('out.name');
  if (left && right) {
    findings.push(check(SUMMARY_CODES[kind].balance, `${table.title}：收入总计应等于支出总计`, one('收入总计', cellAt(table, left, 'in.amount')), one('支出总计', cellAt(table, right, amountKey)), '0'));
  }
  return findings;
}

const level = (code: string) => (code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : 0);

/** By level: how much of a code names its parent (none for 类, the 类 for 款, the 款 for 项). */
const PARENT_CODE_LENGTH = [0, 0, 3, 5];

/**
 * Rows of the table that could not be placed between `from` and the end of the parent's block: a sum over that
 * block would miss them, so it cannot be checked.
 */
function gapIn(table: Table, codes: Map<Row, string>, parent: Row, lvl: number): boolean {
  const next = table.rows.find((r) => r.line > parent.line && level(codes.get(r)!) > 0 && level(codes.get(r)!) < lvl);
  return table.omitted.some((l) => l > parent.line && (next === undefined || l < next.line));
}

/** 02/03/05/07/08: every 类 = Σ款, 款 = Σ项, 合计 = Σ类, for every amount column; and each row's total = Σ parts. */
export function auditCodeTable(table: Table, totalKey: string, partKeys: string[]): Finding[] {
  // Every check of the table allows for the same rounding step, and reads the same codes.
  const step = stepIn(table);
  const codes = new Map(table.rows.map((r) => [r, textAt(table, r, 'code')]));
  return [...hierarchy(table, codes, step), ...rowSums(table, codes, totalKey, partKeys, step)];
}

function hierarchy(table: Table, codes: Map<Row, string>, step: Amount): Finding[] {
  const findings: Finding[] = [];
  const rows = table.rows.filter((r) => level(codes.get(r)!) > 0);
  const amountKeys = table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
  // Rows by level and the code of their parent level (类 for 款, 款 for 项), in table order: looked up per parent.
  const byParent = new Map<string, Row[]>();
  for (const r of rows) {
    const code = codes.get(r)!;
    const key = `${level(code)}|${code.slice(0, PARENT_CODE_LENGTH[level(code)])}`;
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key)!.push(r);
  }
  const children = (parent: Row | null, lvl: number) => byParent.get(`${lvl}|${parent ? codes.get(parent)! : ''}`) ?? [];
  const parents: [Row | null, number][] = [[totalRow(table) ?? null, 1], ...rows.filter((r) => level(codes.get(r)!) < 3).map((r) => [r, level(codes.get(r)!) + 1] as [Row, number])];
  for (const [parent, lvl] of parents) {
    if (parent === null) continue;
    const kids = children(lvl === 1 ? null : parent, lvl);
    if (kids.length === 0) continue;
    const name = lvl === 1 ? '合计' : `${codes.get(parent)} ${textAt(table, parent, 'name')}`;
    const gap = gapIn(table, codes, parent, lvl);
    const allowance = tolerance(kids.length + 1, step);
    for (const key of amountKeys) {
      const label = table.columns.find((c) => c.key === key)!.label;
      const parts = gap ? { label: '下级科目之和（部分行未能识别）', value: null, lines: [] } : sumSide('下级科目之和', kids.map((k) => cellAt(table, k, key)));
      findings.push(check('MZ-A-HIERARCHY', `${table.title}“${label}”栏：${name}应等于下级科目之和`, parts, one(name, cellAt(table, parent, key)), allowance));
    }
  }
  return findings;
}

function rowSums(table: Table, codes: Map<Row, string>, totalKey: string, partKeys: string[], step: Amount): Finding[] {
  const rows = table.rows.filter((r) => level(codes.get(r)!) > 0);
  const allowance = tolerance(partKeys.length + 1, step);
  return [totalRow(table), ...rows].filter((r): r is Row => r !== undefined).map((row) => {
    const code = codes.get(row)!;
    const rowName = textAt(table, row, 'name');
    const name = code || rowName;
    return check('MZ-A-ROW-SUM', `${table.title}：${name}${rowName && code ? ' ' + rowName : ''}的合计栏应等于各栏之和`, sumSide('各栏之和', partKeys.map((k) => cellAt(table, row, k))), one('合计栏', cellAt(table, row, totalKey)), allowance);
  });
}

/** 09: 合计 = 出国 + 车辆 + 接待 and 车辆 = 购置 + 运行, budget and actual. */
export function auditSangongTable(table: Table): Finding[] {
  const row = table.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!row) return [];
  return (['budget', 'actual'] as const).flatMap((side) => {
    const name = side === 'budget' ? '预算数' : '决算数';
    const f = (k: string) => cellAt(table, row, `${side}.${k}`);
    return [
      check('MZ-A-T09-TOTAL', `三公经费${name}：合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`, sumSide('三项之和', [f('outbound'), f('vehicle'), f('reception')]), one('合计', f('total')), tolerance(4, stepIn(table))),
      check('MZ-A-T09-VEHICLE', `三公经费${name}：公务用车购置及运行维护费应等于购置费与运行维护费之和`, sumSide('购置费与运行维护费之和', [f('vehiclePurchase'), f('vehicleOperation')]), one('小计', f('vehicle')), tolerance(3, stepIn(table))),
    ];
  });
}
