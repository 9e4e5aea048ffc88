// Identities inside one table: totals against their parts, 类 = Σ款, 款 = Σ项, 合计 = Σ类, each row's total = Σ its columns.
import { stepOf, sum, tolerance } from '../model/money.ts';
import type { Amount, Finding, Row, Table } from '../model/schema.ts';
import { SANGONG_SIDES, type SangongKey, type SangongSide } from '../model/domain.ts';
import { ECONOMIC_GROUPS, economicColumn, sangongColumn, type ColumnKey } from '../parse/tables/column-key.ts';
import { cellAt, cellIn, economicTotal, textAt, totalRow, type Figure } from '../parse/tables/lookup.ts';
import { check, one, type Side } from './compare.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';

const sumSide = (label: string, figures: ({ value: string; line: number } | null)[]): Side => {
  const present = figures.filter((f): f is { value: string; line: number } => f !== null);
  return { label, value: present.length === figures.length && present.length > 0 ? sum(present.map((f) => f.value)) : null, lines: [...new Set(present.map((f) => f.line))] };
};

/** The table's rounding step: the finest decimal it prints (0.01 for 万元 with two decimals, 1 for whole 元). */
const stepIn = (table: Table) => stepOf(table.rows.flatMap((r) => r.cells.flatMap((c) => (c.amount === null ? [] : [c.amount]))));


const SUMMARY_CODES = {
  t01: { sum: 'MZ-A-T01-SUM', balance: 'MZ-A-T01-BALANCE' },
  t04: { sum: 'MZ-A-T04-SUM', balance: 'MZ-A-T04-BALANCE' },
} as const satisfies Record<string, { sum: FindingCode; balance: FindingCode }>;

/** 01/04: income items sum to 本年收入合计, expenditure classes to 本年支出合计, and 总计 is the same on both sides. */
export function auditSummaryTable(table: Table, kind: keyof typeof SUMMARY_CODES): Finding[] {
  const amountKey: ColumnKey = table.kind === 't04' ? 'out.total' : 'out.amount';
  const findings = [...sideSums(table, kind, 'in.name', /^本年收入合计$/), ...sideSums(table, kind, 'out.name', /^本年支出合计$/)];
  const grand = (nameKey: ColumnKey) => table.rows.find((r) => textAt(table, r, nameKey) === '总计');
  const left = grand('in.name');
  const right = grand('out.name');
  if (left && right) {
    findings.push(check(SUMMARY_CODES[kind].balance, `${table.title}：收入总计应等于支出总计`, one('收入总计', cellAt(table, left, 'in.amount')), one('支出总计', cellAt(table, right, amountKey)), '0'));
  }
  return findings;
}

/** One side's 合计 row against its numbered items, in every amount column of the side. */
function sideSums(table: Table, kind: keyof typeof SUMMARY_CODES, nameKey: 'in.name' | 'out.name', totalLabel: RegExp): Finding[] {
  const totalAt = table.rows.findIndex((r) => totalLabel.test(textAt(table, r, nameKey)));
  if (totalAt < 0) return [];
  const items = table.rows.slice(0, totalAt).filter((r) => /^[一二三四五六七八九十]+、/.test(textAt(table, r, nameKey)));
  // A row that could not be placed may be one of the items: the sum is then not known.
  const gap = table.omitted.some((l) => l < table.rows[totalAt].line);
  const total = totalLabel.source.replace(/[\^$]/g, '');
  // The side's amount columns are those under its header (收入 or 支出). The first is its 合计 (金额 in 01); 04's
  // further columns split it by source of funds.
  const side = table.columns.find((c) => c.key === nameKey)?.groups[0];
  const columns = table.columns.flatMap((c, at) => (c.role === 'amount' && c.groups[0] === side ? [{ label: c.label, at }] : []));
  return columns.map((column, i) => {
    const parts = gap ? { label: '各项之和（部分行未能识别）', value: null, lines: [] } : sumSide('各项之和', items.map((r) => cellIn(table, r, column.at)));
    const rule = i === 0 ? `${table.title}：${total}应等于各项之和` : `${table.title}“${column.label}”栏：${total}应等于各项之和`;
    return check(i === 0 ? SUMMARY_CODES[kind].sum : 'MZ-A-T04-COLUMN-SUM', rule, parts, one(total, cellIn(table, table.rows[totalAt], column.at)), tolerance(items.length + 1, stepIn(table)));
  });
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
export function auditCodeTable(table: Table, totalKey: ColumnKey, partKeys: ColumnKey[]): Finding[] {
  // Every check of the table allows for the same rounding step, and reads the same codes.
  const step = stepIn(table);
  const codes = new Map(table.rows.map((r) => [r, textAt(table, r, 'code')]));
  return [...hierarchy(table, codes, step), ...rowSums(table, codes, totalKey, partKeys, step)];
}

function hierarchy(table: Table, codes: Map<Row, string>, step: Amount): Finding[] {
  const findings: Finding[] = [];
  const rows = table.rows.filter((r) => level(codes.get(r)!) > 0);
  const amountColumns = table.columns.flatMap((c, i) => (c.role === 'amount' ? [i] : []));
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
    for (const i of amountColumns) {
      const label = table.columns[i].label;
      const parts = gap ? { label: '下级科目之和（部分行未能识别）', value: null, lines: [] } : sumSide('下级科目之和', kids.map((k) => cellIn(table, k, i)));
      findings.push(check('MZ-A-HIERARCHY', `${table.title}“${label}”栏：${name}应等于下级科目之和`, parts, one(name, cellIn(table, parent, i)), allowance));
    }
  }
  return findings;
}

function rowSums(table: Table, codes: Map<Row, string>, totalKey: ColumnKey, partKeys: ColumnKey[], step: Amount): Finding[] {
  if (partKeys.length === 0) return [];
  const rows = table.rows.filter((r) => level(codes.get(r)!) > 0);
  const allowance = tolerance(partKeys.length + 1, step);
  return [totalRow(table), ...rows].filter((r): r is Row => r !== undefined).map((row) => {
    const code = codes.get(row)!;
    const rowName = textAt(table, row, 'name');
    const name = code || rowName;
    return check('MZ-A-ROW-SUM', `${table.title}：${name}${rowName && code ? ' ' + rowName : ''}的合计栏应等于各栏之和`, sumSide('各栏之和', partKeys.map((k) => cellAt(table, row, k))), one('合计栏', cellAt(table, row, totalKey)), allowance);
  });
}

/** A 类 (3 digits) or 款 (5 digits) of 06's economic classification, wherever its column group prints it. */
interface Economic {
  code: string;
  name: string;
  figure: Figure | null;
  line: number;
  /** Its code column's key (g1.code…), and that column's group header (人员经费 or 公用经费). */
  column: ColumnKey;
  group: string;
}

function economicRows(table: Table): Economic[] {
  const groups = ECONOMIC_GROUPS.flatMap((g) => {
    const column = economicColumn(g, 'code');
    const printed = table.columns.find((c) => c.key === column);
    return printed ? [{ g, column, header: printed.groups[0] ?? '' }] : [];
  });
  return table.rows.flatMap((row) => groups.map(({ g, column, header }) => ({
    code: textAt(table, row, column), name: textAt(table, row, economicColumn(g, 'name')), figure: cellAt(table, row, economicColumn(g, 'amount')),
    line: row.line, column, group: header,
  }))).filter((e) => /^\d{3}(\d{2})?$/.test(e.code));
}

/**
 * Per unplaced row and code column, the 类 it could hold a code of: from the 类 of the code printed above it to
 * that of the code below (a column lists its codes in order). null when a column is out of order: any 类.
 */
function unplacedRanges(table: Table, rows: Economic[]): { group: string; from: string; to: string }[] | null {
  if (table.omitted.length === 0) return [];
  const columns = Map.groupBy(rows, (e) => e.column);
  if ([...columns.values()].some((list) => list.some((e, i) => i > 0 && e.code <= list[i - 1].code))) return null;
  return table.omitted.flatMap((line) => [...columns.values()].map((list) => ({
    group: list[0].group,
    from: list.findLast((e) => e.line < line)?.code.slice(0, 3) ?? '',
    to: list.find((e) => e.line > line)?.code.slice(0, 3) ?? '\uffff',
  })));
}

/**
 * 06: each 类 = Σ its 款 (found by code, in any column group or page), and 人员经费合计 / 公用经费合计 = Σ the 类
 * printed under that group's header.
 */
export function auditEconomicTable(table: Table): Finding[] {
  const rows = economicRows(table);
  const classes = rows.filter((e) => e.code.length === 3);
  const step = stepIn(table);
  const ranges = unplacedRanges(table, rows);
  const unknown = (label: string): Side => ({ label: `${label}（部分行未能识别）`, value: null, lines: [] });
  const findings = classes.flatMap((c) => {
    const items = rows.filter((e) => e.code.length === 5 && e.code.startsWith(c.code));
    if (items.length === 0) return [];
    const gap = ranges === null || ranges.some((r) => r.from <= c.code && c.code <= r.to);
    return [check('MZ-A-T06-CLASS', `${table.title}：${c.code} ${c.name}应等于其下各款之和`, gap ? unknown('各款之和') : sumSide('各款之和', items.map((e) => e.figure)), one(`${c.code} ${c.name}`, c.figure), tolerance(items.length + 1, step))];
  });
  for (const group of new Set(classes.map((c) => c.group).filter(Boolean))) {
    const parts = classes.filter((c) => c.group === group);
    // The group's total is Σ its 类 only when every 款 printed under it has its 类 there too.
    const split = rows.some((e) => e.group === group && e.code.length === 5 && !parts.some((c) => e.code.startsWith(c.code)));
    const total = economicTotal(table, new RegExp(`^${group}合计$`));
    if (!total || split) continue;
    // An unplaced row between two 类 of a column may be a 类 itself.
    const gap = ranges === null || ranges.some((r) => r.group === group && r.from !== r.to);
    findings.push(check('MZ-A-T06-GROUP-TOTAL', `${table.title}：${group}合计应等于${parts.map((c) => c.code).join('、')}各类之和`, gap ? unknown('各类之和') : sumSide('各类之和', parts.map((c) => c.figure)), one(`${group}合计`, total), tolerance(parts.length + 1, step)));
  }
  return findings;
}

/** 09: 合计 = 出国 + 车辆 + 接待 and 车辆 = 购置 + 运行, budget and actual (a budget's table has 预算数 only). */
export function auditSangongTable(table: Table, sides: readonly SangongSide[] = SANGONG_SIDES): Finding[] {
  const row = table.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!row) return [];
  return sides.flatMap((side) => {
    const name = side === 'budget' ? '预算数' : '决算数';
    const f = (item: SangongKey) => cellAt(table, row, sangongColumn(side, item));
    return [
      check('MZ-A-T09-TOTAL', `三公经费${name}：合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`, sumSide('三项之和', [f('outbound'), f('vehicle'), f('reception')]), one('合计', f('total')), tolerance(4, stepIn(table))),
      check('MZ-A-T09-VEHICLE', `三公经费${name}：公务用车购置及运行维护费应等于购置费与运行维护费之和`, sumSide('购置费与运行维护费之和', [f('vehiclePurchase'), f('vehicleOperation')]), one('小计', f('vehicle')), tolerance(3, stepIn(table))),
    ];
  });
}
