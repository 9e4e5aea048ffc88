// Standard tables printed another way are read from their own header words: the 郴州 2022 三公 table (公开09表,
// seed 002) laid out as other provinces print it — 公务接待费 before 公务用车, no 栏次 row, 会议费 and 培训费 added
// with a leading 合计 that includes them — still gives the figures a person read from the original
// (../shared/seeds/expected.json), and a 决算 三公 table in a PDF, its blank cells absent, is read by position.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { readGridTables } from '../../src/parse/grid/read.ts';
import { gridRow } from '../support/grid.ts';
import { loadSeeds } from './seeds.ts';

const seed = loadSeeds().find((s) => s.name.startsWith('002'))!;
const { budget, actual } = seed.expected.sangong;

/** The seed with its 三公 table's header and data rows (预算数 … down to the row of figures) replaced. */
function withSangongTable(rows: string[][]): string {
  const lines = readFileSync(seed.contentPath, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('预算数\t'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('9.00\t'));
  return [...lines.slice(0, start), ...rows.map((r) => r.join('\t')), ...lines.slice(end + 1)].join('\n');
}

describe('a 三公 table printed in another order, read from its header', () => {
  it('公务接待费 before 公务用车, no 栏次 row: every figure as read by hand', () => {
    const text = withSangongTable([
      ['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''],
      ['合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '', '', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '', ''],
      ['', '', '', '小计', '公务用车购置费', '公务用车运行费', '', '', '', '小计', '公务用车购置费', '公务用车运行费'],
      [budget.total, '', budget.reception, budget.vehicle, '', budget.vehicleOperation, actual.total, '', actual.reception, actual.vehicle, '', actual.vehicleOperation],
    ]);
    const report = parseReport(text, 'reordered.txt');
    expect(report.tables.find((t) => t.title.includes('三公'))?.kind).toBe('t09');
    expect(report.sangong.budget).toEqual(budget);
    expect(report.sangong.actual).toEqual(actual);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('MZ-TABLE-HEADER');
  });

  it('with 会议费 and 培训费 beside it: the leading 合计 (三公 + 会议 + 培训) is not published as the 三公 total', () => {
    // 会议费 1.00 and 培训费 2.00 are added to the layout; the leading 合计 is 9.00 + 3.00 and 6.22 + 3.00.
    const text = withSangongTable([
      ['预算数', '', '', '', '', '', '', '', '', '决算数', '', '', '', '', '', '', '', ''],
      ['合计', '“三公”经费', '', '', '', '', '', '会议费', '培训费', '合计', '“三公”经费', '', '', '', '', '', '会议费', '培训费'],
      ['', '小计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '', '', '', '小计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '', ''],
      ['', '', '', '小计', '公务用车购置费', '公务用车运行费', '', '', '', '', '', '', '小计', '公务用车购置费', '公务用车运行费', '', '', ''],
      ['12.00', budget.total, '', budget.vehicle, '', budget.vehicleOperation, budget.reception, '1.00', '2.00', '9.22', actual.total, '', actual.vehicle, '', actual.vehicleOperation, actual.reception, '1.00', '2.00'],
    ]);
    const report = parseReport(text, 'with-meetings.txt');
    expect(report.sangong.budget).toEqual(budget);
    expect(report.sangong.actual).toEqual(actual);
  });
});

describe('a 收入支出决算总表 without 行次 columns (as Shanghai prints it), read from its header', () => {
  it('gives the headline figures a person read from the original', () => {
    const lines = readFileSync(seed.contentPath, 'utf8').split('\n');
    const start = lines.indexOf('收入支出决算总表');
    const end = lines.indexOf('收入决算表');
    // Every row of the table loses its two 行次 cells (the second of each side); the 栏次 rows go.
    const table = lines.slice(start, end).filter((l) => !l.startsWith('栏次')).map((l) => {
      const cells = l.split('\t');
      return cells.length === 6 ? [cells[0], cells[2], cells[3], cells[5]].join('\t') : l;
    });
    const report = parseReport([...lines.slice(0, start), ...table, ...lines.slice(end)].join('\n'), 'no-row-numbers.txt');
    const t01 = report.tables.find((t) => t.title === '收入支出决算总表')!;
    expect(t01.kind).toBe('t01');
    expect(t01.columns.map((c) => c.key)).toEqual(['in.name', 'in.amount', 'out.name', 'out.amount']);
    const { incomeTotal, expenditureTotal, grandTotal } = seed.expected.summary;
    expect([report.summary.incomeTotal, report.summary.expenditureTotal, report.summary.grandTotal]).toEqual([incomeTotal, expenditureTotal, grandTotal]);
  });
});

const row = gridRow;

describe('a 决算 三公 table in a PDF', () => {
  it('is read by position: blank cells absent, 预算数 and 决算数 from the groups over them', () => {
    // The 郴州 figures as a PDF prints them: blank cells (因公出国, 购置费) are not drawn at all.
    const x = [60, 110, 160, 210, 260, 310, 360, 410, 460, 510, 560, 610];
    const at = (i: number, text: string): [string, number, number] => [text, x[i], x[i] + 30];
    const diagnostics = new Diagnostics();
    const { tables } = readGridTables([
      row(1, 80, ['财政拨款“三公”经费支出决算表', 200, 420]),
      row(2, 100, ['单位：万元', 560, 620]),
      row(3, 120, ['预算数', 180, 210], ['决算数', 480, 510]),
      row(4, 140, at(0, '合计'), at(1, '因公出国（境）费'), ['公务用车购置及运行费', 175, 275], at(5, '公务接待费'), at(6, '合计'), at(7, '因公出国（境）费'), ['公务用车购置及运行费', 475, 575], at(11, '公务接待费')),
      row(5, 160, at(2, '小计'), at(3, '公务用车购置费'), at(4, '公务用车运行费'), at(8, '小计'), at(9, '公务用车购置费'), at(10, '公务用车运行费')),
      row(6, 180, at(0, budget.total), at(2, budget.vehicle), at(4, budget.vehicleOperation), at(5, budget.reception), at(6, actual.total), at(8, actual.vehicle), at(10, actual.vehicleOperation), at(11, actual.reception)),
    ], diagnostics);
    expect(tables.map((t) => t.kind)).toEqual(['t09']);
    const [t] = tables;
    const value = (key: string) => t.rows[0].cells[t.columns.findIndex((c) => c.key === key)].text;
    expect(['total', 'vehicle', 'vehicleOperation', 'reception'].map((k) => value(`budget.${k}`))).toEqual([budget.total, budget.vehicle, budget.vehicleOperation, budget.reception]);
    expect(['total', 'vehicle', 'vehicleOperation', 'reception'].map((k) => value(`actual.${k}`))).toEqual([actual.total, actual.vehicle, actual.vehicleOperation, actual.reception]);
    expect([value('budget.outbound'), value('actual.vehiclePurchase')]).toEqual(['', '']);
    expect(diagnostics.list).toEqual([]);
  });
});
