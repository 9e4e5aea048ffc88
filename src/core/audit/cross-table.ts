// Identities between tables: 03 基本+项目 = 合计, 05 against 04, 06 against 05, 06 items against 09.
import { lessOrEqual, tolerance } from '../money.ts';
import type { Finding, Table } from '../schema.ts';
import { economicFigure, economicTotal, figureByLabel, tableOf, totalFigure, type Figure } from '../tables/lookup.ts';
import { check, type Side } from './compare.ts';
import { sum } from '../money.ts';

const side = (label: string, f: Figure | null): Side => ({ label, value: f?.value ?? null, lines: f ? [f.line] : [] });
const both = (label: string, a: Figure | null, b: Figure | null): Side => ({ label, value: a && b ? sum([a.value, b.value]) : null, lines: [a, b].filter((f): f is Figure => f !== null).map((f) => f.line) });

export function auditCrossTables(tables: readonly Table[]): Finding[] {
  const t03 = tableOf(tables, 't03');
  const t04 = tableOf(tables, 't04');
  const t05 = tableOf(tables, 't05');
  const t06 = tableOf(tables, 't06');
  const t09 = tableOf(tables, 't09');
  const findings: Finding[] = [];
  if (t03) {
    findings.push(check('MZ-A-T03-SPLIT', '支出决算表：基本支出与项目支出之和应等于本年支出合计', both('基本支出+项目支出', totalFigure(t03, 'basic'), totalFigure(t03, 'project')), side('本年支出合计', totalFigure(t03, 'total')), tolerance(3)));
  }
  if (t05 && t04) {
    findings.push(check('MZ-A-T05-T04', '一般公共预算财政拨款支出决算表合计应等于财政拨款收入支出决算总表中的一般公共预算财政拨款支出', side('04表本年支出合计（一般公共预算财政拨款）', figureByLabel(t04, 'out.name', /^本年支出合计$/, 'out.general')), side('05表合计', totalFigure(t05, 'total')), tolerance(1)));
  }
  if (t06 && t05) {
    findings.push(check('MZ-A-T06-T05', '基本支出决算表的人员经费与公用经费之和应等于05表基本支出', side('05表基本支出', totalFigure(t05, 'basic')), both('06表人员经费合计+公用经费合计', economicTotal(t06, /^人员经费合计$/), economicTotal(t06, /^公用经费合计$/)), tolerance(3)));
  }
  if (t06 && t09) findings.push(...sangongItemsWithin(t06, t09));
  return findings;
}

/** 06's economic items are the basic-expenditure part of the 三公 actuals: never greater than them. */
function sangongItemsWithin(t06: Table, t09: Table): Finding[] {
  const row = t09.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!row) return [];
  const pairs: [string, string, string][] = [
    ['30212', 'outbound', '因公出国（境）费用'],
    ['30217', 'reception', '公务接待费'],
    ['30231', 'vehicleOperation', '公务用车运行维护费'],
    ['31013', 'vehiclePurchase', '公务用车购置'],
  ];
  const findings: Finding[] = [];
  for (const [code, key, name] of pairs) {
    const item = economicFigure(t06, code);
    const col = t09.columns.findIndex((c) => c.key === `actual.${key}`);
    const cap = col >= 0 && row.cells[col].amount !== null ? { value: row.cells[col].amount!, line: row.line } : null;
    if (!item || !cap) continue;
    const ok = lessOrEqual(item.value, cap.value);
    findings.push({
      code: 'MZ-A-T06-T09', status: ok ? 'holds' : 'mismatch', severity: ok ? 'info' : 'warning',
      rule: `06表 ${code} ${name}（基本支出部分）不应大于三公经费表的决算数`,
      expected: { label: `09表${name}决算数`, value: cap.value, lines: [cap.line] },
      actual: { label: `06表${code}`, value: item.value, lines: [item.line] },
      difference: null, tolerance: '0',
      message: ok ? `06表 ${code} ${name} ${item.value} 不大于09表决算数 ${cap.value}，相符。` : `06表 ${code} ${name} 为 ${item.value}，大于09表对应决算数 ${cap.value}，不相符。`,
    });
  }
  return findings;
}
