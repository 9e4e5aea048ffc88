// The positional table reader on small layouts built here, each the shape of something real PDFs do: a blank cell
// simply absent, a header label wrapped over two lines, a centred group title, two columns with one meaning.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import type { Table } from '../../src/model/schema.ts';
import type { GridLine } from '../../src/parse/grid/lines.ts';
import { readGridTables } from '../../src/parse/grid/read.ts';
import { gridRow } from '../support/grid.ts';

const row = gridRow;

function read(lines: GridLine[]): { table: Table; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  const { tables } = readGridTables(lines, diagnostics);
  expect(tables).toHaveLength(1);
  return { table: tables[0], diagnostics };
}

const cellsOf = (t: Table, key: string) => t.rows.map((r) => r.cells[t.columns.findIndex((c) => c.key === key)]?.text);

describe('budget tables read by position', () => {
  it('a blank cell stays blank in its own column: nothing moves left', () => {
    const { table } = read([
      row(1, 100, ['支出预算总表', 200, 300]),
      row(2, 120, ['单位：万元', 400, 450]),
      row(3, 140, ['科目编码', 50, 90], ['科目名称', 120, 200], ['合计', 250, 270], ['基本支出', 320, 360], ['项目支出', 420, 460]),
      row(4, 160, ['201', 50, 65], ['一般公共服务支出', 120, 200], ['30.00', 240, 270], ['30.00', 430, 460]),
      row(5, 180, ['合计', 120, 140], ['30.00', 240, 270], ['30.00', 430, 460]),
    ]);
    expect(table.kind).toBe('b03');
    expect(table.unit).toBe('万元');
    expect(cellsOf(table, 'basic')).toEqual(['', '']);
    expect(cellsOf(table, 'project')).toEqual(['30.00', '30.00']);
    expect(table.rows.map((r) => r.cells.find((c) => c.text === '')?.amount)).toEqual([null, null]);
  });

  it('a label wrapped over two lines is one label, and a centred group title heads the columns beneath it', () => {
    const { table } = read([
      row(1, 100, ['收入预算总表', 200, 300]),
      row(2, 120, ['项目', 100, 130], ['收入预算', 345, 375]),
      row(3, 140, ['科目名称', 100, 160], ['本年收入合', 220, 270], ['财政拨款', 300, 340], ['事业收入', 380, 420]),
      row(4, 152, ['计', 240, 250]),
      row(5, 170, ['合计', 100, 120], ['80.00', 240, 270], ['50.00', 310, 340], ['30.00', 390, 420]),
    ]);
    expect(table.columns.map((c) => [c.key, c.label])).toEqual([['name', '项目科目名称'], ['total', '本年收入合计'], ['fiscal', '财政拨款'], ['business', '事业收入']]);
    expect(table.columns[2].groups).toEqual(['收入预算']);
  });

  it('two columns that both read as 基本支出: neither is used, and the diagnostic names them', () => {
    const { table, diagnostics } = read([
      row(1, 100, ['支出预算总表', 200, 300]),
      row(2, 140, ['科目名称', 100, 160], ['合计', 240, 270], ['基本支出', 300, 340], ['基本支出', 380, 420]),
      row(3, 160, ['合计', 100, 120], ['90.00', 240, 270], ['40.00', 310, 340], ['50.00', 390, 420]),
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'total', 'c3', 'c4']);
    expect(diagnostics.list.map((d) => [d.code, d.line])).toEqual([['MZ-COLUMN-AMBIGUOUS', 2]]);
    expect(diagnostics.list[0].message).toContain('“基本支出、基本支出”');
  });

  it('a table continued on the next page with its header repeated is one table', () => {
    const header = (line: number, page: number): GridLine => ({ ...row(line, 140, ['科目编码', 50, 90], ['科目名称', 120, 200], ['金额', 300, 330]), page });
    const body = (line: number, page: number, code: string, amount: string): GridLine => ({ ...row(line, 160 + line, [code, 50, 65], ['某项', 120, 150], [amount, 300, 330]), page });
    const { table } = read([row(1, 100, ['一般公共预算支出功能分类预算表', 150, 350]), header(2, 1), body(3, 1, '201', '1.00'), header(4, 2), body(5, 2, '204', '2.00')]);
    expect(table.kind).toBe('b05');
    expect(cellsOf(table, 'code')).toEqual(['201', '204']);
    expect(table.headerLines).toEqual([2, 4]);
  });

  it('a table whose title is printed again at the top of the next page goes on there', () => {
    const title = (line: number, page: number): GridLine => ({ ...row(line, 100, ['一般公共预算支出功能分类预算表', 150, 350]), page });
    const header = (line: number, page: number): GridLine => ({ ...row(line, 140, ['科目编码', 50, 90], ['科目名称', 120, 200], ['金额', 300, 330]), page });
    const body = (line: number, page: number, code: string, amount: string): GridLine => ({ ...row(line, 160 + line, [code, 50, 65], ['某项', 120, 150], [amount, 300, 330]), page });
    const { table } = read([title(1, 1), header(2, 1), body(3, 1, '201', '1.00'), title(4, 2), header(5, 2), body(6, 2, '204', '2.00')]);
    expect(cellsOf(table, 'code')).toEqual(['201', '204']);
    expect(table.lines).toEqual([[1, 3], [4, 6]]);
  });
});
