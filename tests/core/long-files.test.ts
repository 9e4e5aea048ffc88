// Files of very many lines are read in one pass: a million short lines (2 MB), a hundred thousand paragraphs
// each stating a share, a table of 200,000 rows. Each of these once took minutes or threw (a paragraph string
// re-scanned for every line joined to it, earlier paragraphs searched for every share, arguments spread onto the
// stack). Past the documented limits a file is refused with one error. The timeouts only guard against a hang; how
// fast it is belongs to `npm run bench`.
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_LINES } from '../../src/extract/decode.ts';
import { parseReportBytes } from '../../src/pipeline/parse-bytes.ts';

const TITLE = '2023年度醴陵市医疗保障局部门决算';
const file = (lines: readonly string[]) => Buffer.from([TITLE, ...lines].join('\n'));
const generate = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i));

describe('a file of many lines', () => {
  it('a million short lines (2 MB): every line kept, one paragraph of a million lines', () => {
    const lines = generate(1_000_000, () => 'a');
    const bytes = file(lines);
    expect(bytes.length).toBeGreaterThanOrEqual(2_000_000);
    const report = parseReportBytes(bytes, 'million.txt');
    expect(report.source.lines.length).toBe(1_000_001);
    expect(report.source.lines.join('\n')).toBe(bytes.toString());
    // No line ends a sentence, so the title and the lines are one paragraph; Latin words join with a space.
    const paragraphs = report.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.map((p) => p.lines.length)).toEqual([1_000_001]);
    expect(paragraphs[0].text).toBe(TITLE + lines.join(' '));
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 120_000);

  it('100,000 paragraphs, each a share of a whole the first one states: every share read and checked', () => {
    const n = 100_000;
    const report = parseReportBytes(file(['本年支出合计100.00万元。', ...generate(n, (i) => `其中第${i + 1}项1.00万元，占本年支出合计的1.00%。`)]), 'shares.txt');
    const shares = report.findings.filter((f) => f.code === 'MZ-A-NARRATIVE-SHARE');
    expect(shares.length).toBe(n);
    // 1.00 of 100.00 万元 is 1.00 %: each holds, against the figure on line 2.
    expect(shares.every((f) => f.status === 'holds')).toBe(true);
    expect(shares.every((f) => [...f.expected.lines, ...f.actual.lines].includes(2))).toBe(true);
  }, 120_000);

  it('one sentence of 200,000 clauses naming the same items is read without stalling', () => {
    const lines = generate(200_000, (i) => `基本支出${i}万元，人员经费`);
    const report = parseReportBytes(file(lines), 'sentence.txt');
    expect(report.source.lines.length).toBe(200_001);
    expect(report.sections.flatMap((s) => s.paragraphs).map((p) => p.lines.length)).toEqual([200_001]);
  }, 120_000);

  it('a table of 200,000 rows: every row and amount read', () => {
    const n = 200_000;
    const rows = generate(n, (i) => `${2010101 + i}\t项目${i}\t3.00\t1.00\t2.00`);
    const report = parseReportBytes(file(['一般公共预算财政拨款支出决算表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', ...rows]), 'table.txt');
    expect(report.tables.length).toBe(1);
    const table = report.tables[0];
    expect(table.rows.length).toBe(n);
    expect(table.rows.every((r) => r.cells.filter((c) => c.amount !== null).map((c) => c.amount).join(' ') === '3.00 1.00 2.00')).toBe(true);
  }, 120_000);
});

describe('past the limits (README, 常见问题)', () => {
  it(`more than ${MAX_LINES} lines: refused with one error saying how many`, () => {
    const report = parseReportBytes(file(generate(MAX_LINES, () => '')), 'lines.txt');
    expect(report.diagnostics.map((d) => d.code)).toEqual(['MZ-INPUT-TOO-LARGE']);
    expect(report.diagnostics[0].message).toContain(`文件有 ${MAX_LINES + 1} 行`);
    expect(report.source.lines).toEqual([]);
  }, 60_000);

  it(`exactly ${MAX_LINES} lines: read`, () => {
    const report = parseReportBytes(file(generate(MAX_LINES - 1, () => 'a')), 'lines.txt');
    expect(report.source.lines.length).toBe(MAX_LINES);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 120_000);

  it(`more than ${MAX_BYTES / 2 ** 20} MB: refused before decoding`, () => {
    const report = parseReportBytes(Buffer.alloc(MAX_BYTES + 1, '明'), 'big.txt');
    expect(report.diagnostics.map((d) => d.code)).toEqual(['MZ-INPUT-TOO-LARGE']);
    expect(report.diagnostics[0].message).toMatch(/^文件有 32\.0 MB，超过每个报告文件 32 MB 的上限/);
  });
});
