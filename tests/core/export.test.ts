// The CSV downloads: RFC 4180 quoting, the BOM Excel needs, and tables as CSV checked against hand-read figures.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, tabularCsv } from '../../src/publish/export/csv.ts';
import { tableTabular } from '../../src/publish/export/tables-csv.ts';
import { uniqueNames } from '../../src/publish/export/tabular.ts';
import { readCsv } from '../support/csv.ts';
import { loadSeeds } from './seeds.ts';

describe('csvField', () => {
  it('leaves plain text alone, Chinese and spaces included', () => {
    expect(csvField('公务接待费')).toBe('公务接待费');
    expect(csvField(' 1,0')).toBe('" 1,0"');
    expect(csvField('a b')).toBe('a b');
  });
  it('quotes a field holding a comma, a quote or a line break, and doubles the quotes', () => {
    expect(csvField('45,52')).toBe('"45,52"');
    expect(csvField('说明“三公”"经费"')).toBe('"说明“三公”""经费"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
});

describe('csvText', () => {
  const text = csvText(['项目', '金额'], [['合计', '6.22'], ['含,逗号', ''], ['含"引号"', '-3.5'], ['两\r\n行', '0']]);
  it('starts with the UTF-8 byte order mark Excel needs to read Chinese', () => {
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('ends every record, the last one too, with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('项目,金额');
  });
  it('reads back to the same values with a strict RFC 4180 reader', () => {
    expect(readCsv(text.slice(1))).toEqual([['项目', '金额'], ['合计', '6.22'], ['含,逗号', ''], ['含"引号"', '-3.5'], ['两\r\n行', '0']]);
  });
});

describe('uniqueNames', () => {
  it('numbers a repeated header from its second occurrence', () => {
    expect(uniqueNames(['科目代码', '决算数', '科目代码', '科目代码'])).toEqual(['科目代码', '决算数', '科目代码（2）', '科目代码（3）']);
  });
});

describe('a table as CSV', () => {
  const seeds = loadSeeds();
  const seed = (name: string) => seeds.find((s) => s.name === name)!;
  const csvOf = (name: string, kind: string) => {
    const table = seed(name).report.tables.find((t) => t.kind === kind)!;
    const rows = readCsv(tabularCsv(tableTabular(table)).slice(1));
    return { table, header: rows[0], rows: rows.slice(1) };
  };
  const same = (a: string, b: string) => new Decimal(a).equals(b);

  it('09表 of 郴州 2022: the 三公 figures read by hand, under header paths with the unit', () => {
    const { header, rows } = csvOf('002_d741ed2ca5e3f399.txt', 't09');
    const expected = seed('002_d741ed2ca5e3f399.txt').expected.sangong;
    const at = (name: string) => rows[0][header.indexOf(name)];
    expect(same(at('预算数/合计（万元）'), expected.budget.total)).toBe(true);
    expect(same(at('决算数/公务接待费（万元）'), expected.actual.reception)).toBe(true);
    expect(same(at('决算数/公务用车购置及运行维护费/公务用车运行维护费（万元）'), expected.actual.vehicleOperation)).toBe(true);
    // Seed line 496 holds the row; content lines are seed lines (no front matter in this file).
    expect(at('原文行号')).toBe(String(496 + seed('002_d741ed2ca5e3f399.txt').offset));
  });

  it('05表 totals equal the hand-read 合计 row, and blank cells of a blank-is-zero table are 0', () => {
    for (const name of ['000_7e0f8e9b3d32ee90.txt', '001_d622078dd2835456.txt', '003_1af96ab809eeef7e.txt']) {
      const { header, rows } = csvOf(name, 't05');
      // 合计 is printed in the code column by some documents and in the name column by others.
      const total = rows.find((r) => r.slice(0, 2).join('').replace(/\s/g, '') === '合计')!;
      const t = seed(name).expected.table05Total;
      expect(same(total[header.indexOf('本年支出/小计（万元）')], t.total), name).toBe(true);
      expect(same(total[header.indexOf('本年支出/基本支出（万元）')], t.basic), name).toBe(true);
      expect(same(total[header.indexOf('本年支出/项目支出（万元）')], t.project), name).toBe(true);
    }
    // 醴陵 prints zero as an empty cell (seed README): its 01表 年初结转和结余 is blank, published as 0.
    const { header, rows } = csvOf('001_d622078dd2835456.txt', 't01');
    const opening = rows.find((r) => r[header.indexOf('收入/项目')].replace(/\s/g, '') === '年初结转和结余')!;
    expect(opening[header.indexOf('收入/金额（万元）')]).toBe('0');
  });

  it('06表 prints 科目代码/科目名称/决算数 three times side by side: every column keeps a distinct name', () => {
    const { header } = csvOf('000_7e0f8e9b3d32ee90.txt', 't06');
    expect(new Set(header).size).toBe(header.length);
    expect(header).toContain('公用经费/决算数（2）（万元）');
  });

  it('a 绩效 column printing "94.58%" is published as text, not as a number', () => {
    const table = seed('002_d741ed2ca5e3f399.txt').report.tables.find((t) => t.kind === 'other')!;
    const tab = tableTabular(table);
    const j = tab.rows.findIndex((r) => r.includes('94.58%'));
    expect(j).toBeGreaterThanOrEqual(0);
    expect(tab.fields[tab.rows[j].indexOf('94.58%')].type).toBe('string');
  });
});
