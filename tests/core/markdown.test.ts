// A .md report is read through mdast (remark-parse + remark-gfm): headings, list items and GFM table rows, each at
// its own line. The 三公 table below is 醴陵 2022's (content/reports/liling-ybj/2022/部门决算.txt lines 349–363),
// rewritten as Markdown; its figures were read by hand from that table and its 情况说明 (lines 467–469).
import { describe, expect, it } from 'vitest';
import { markdownLines } from '../../src/extract/markdown.ts';
import { splitLines } from '../../src/extract/source.ts';
import { parseReportBytes } from '../../src/pipeline/parse-bytes.ts';
import type { Report } from '../../src/model/schema.ts';

const MD = `---
bureau: 醴陵市医疗保障局
year: 2022
kind: 部门决算
---
# 2022年度 醴陵市医疗保障局部门决算

## 一般公共预算财政拨款“三公”经费支出决算表

公开 09 表

部门：**醴陵市医疗保障局**

金额单位：万元

| 预算数 | | | | | | 决算数 | | | | | |
|---|---|---|---|---|---|---|---|---|---|---|---|
| 合计 | 因公出国 (境) 费 | 公务用车购置及运行费 | | | 公务接待 费 | 合计 | 因公出国 (境) 费 | 公务用车购置及运行费 | | | 公务接待费 |
| | | 小计 | 公务 用 车 购 置 费 | 公务用 车运 行 费 | | | | 小计 | 公务 用 车 购 置 费 | 公务用 车运 行 费 | |
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
| **6.00** | | | | | 6.00 | **2.62** | | | | | <b>2.62</b> |

注：本表反映部门本年度“三公”经费支出预决算情况。

## 七、一般公共预算财政拨款“三公”经费支出决算情况说明

- 2022年度“三公”经费财政拨款支出预算为6万元，支出决算为**2.62万元**，完成预算的43.67%
- 因公出国（境）费支出预算为0万元，支出决算为0万元
- **公务接待费**支出预算为6万元，支出决算为2.62万元，完成预算的43.67%
`;

const LINES = splitLines(MD);
const read = (text: string, file: string): Report => parseReportBytes(new TextEncoder().encode(text), file);
/** The line of MD that starts with `start`: where a figure must point. */
const lineOf = (start: string) => LINES.findIndex((l) => l.startsWith(start)) + 1;

describe('a .md report: the 三公 table of 醴陵 2022 as a GFM table', () => {
  const report = read(MD, 'liling-ybj/2022/部门决算.md');
  const dataLine = lineOf('| **6.00**');

  it('reads the 三公 budget 6.00 and actual 2.62 (all of it 公务接待费) from the table, at the markdown line they are on', () => {
    const { budget, actual, lines, source } = report.sangong;
    expect(source?.kind).toBe('table');
    expect([budget.total, budget.reception, budget.outbound, actual.total, actual.reception, actual.vehicle]).toEqual(['6.00', '6.00', '0', '2.62', '2.62', '0']);
    expect(dataLine).toBe(21);
    expect([lines.budget.total, lines.budget.reception, lines.actual.total, lines.actual.reception]).toEqual([21, 21, 21, 21]);
  });

  it('the table has its title, header rows and data row at their own lines', () => {
    const table = report.tables.find((t) => t.kind === 't09')!;
    expect(table.titleLine).toBe(lineOf('## 一般公共预算'));
    expect(table.unit).toBe('万元');
    // The GFM header row, then three body rows that are header rows of the printed table (the last is 栏次).
    expect(table.headerLines).toEqual([16, 18, 19, 20]);
    expect(table.rows.map((r) => r.cells.filter((c) => c.amount !== null && c.amount !== '0').map((c) => [c.text, c.line]))).toEqual([
      [['6.00', 21], ['6.00', 21], ['2.62', 21], ['2.62', 21]],
    ]);
  });

  it('the bulleted 情况说明 is three list paragraphs, without bullets or emphasis, at their lines', () => {
    const section = report.sections.find((s) => s.heading.startsWith('七、'))!;
    expect(section.line).toBe(lineOf('## 七、'));
    // The items end without 。: read as paragraphs of a .txt they would be joined into one.
    expect(section.paragraphs.map((p) => [p.list, p.lines, p.text])).toEqual([
      [true, [27], '2022年度“三公”经费财政拨款支出预算为6万元，支出决算为2.62万元，完成预算的43.67%'],
      [true, [28], '因公出国（境）费支出预算为0万元，支出决算为0万元'],
      [true, [29], '公务接待费支出预算为6万元，支出决算为2.62万元，完成预算的43.67%'],
    ]);
  });

  it('no line is dropped: the original text is the file as written, and every line with text is read', () => {
    expect(report.source.lines).toEqual(LINES);
    const read = new Set([
      ...report.tables.flatMap((t) => t.lines.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))),
      ...report.sections.flatMap((s) => [s.line, ...s.paragraphs.flatMap((p) => p.lines)]),
    ]);
    const unread = LINES.map((l, i) => [i + 1, l] as const).filter(([n, l]) => n >= report.source.bodyStart && l.trim() !== '' && !read.has(n));
    expect(unread).toEqual([]);
    expect(report.unrecognised).toEqual([]);
  });
});

describe('a .txt report is never read as markdown', () => {
  it('the same text in a .txt keeps its pipes and # as text: no table is found, 三公 is read from the narrative only', () => {
    const report = read(MD, 'liling-ybj/2022/部门决算.txt');
    expect(report.source.lines).toEqual(LINES);
    expect(report.tables).toEqual([]);
    expect(report.diagnostics.map((d) => d.code)).toContain('MZ-NO-TABLES');
    expect(report.sangong.source?.kind).toBe('section');
    expect(report.sections.map((s) => s.heading)).not.toContain('七、一般公共预算财政拨款“三公”经费支出决算情况说明');
  });
});

describe('table cells and text lines reduced to their text', () => {
  it('an escaped pipe, inline code, inline HTML, a link and emphasis in cells', () => {
    const md = ['| 项目 \\| 说明 | 金额 |', '|---|---|', '| `a\\|b` | <span class="x">12.50</span> |', '| [公务接待费](https://example.gov.cn) | *3.00* |'];
    expect(markdownLines(md, 1)).toEqual(['项目 | 说明\t金额', '', 'a|b\t12.50', '公务接待费\t3.00']);
  });

  it('a <br> parts two figures rather than gluing them into one', () => {
    expect(markdownLines(['| a |', '|---|', '| 1<br>2 |'], 1)[2]).toBe('1 2');
  });

  it('headings, wrapped paragraphs and list items keep their lines; front matter, blank lines and code stay as written', () => {
    const md = ['---', 'year: 2022', '---', '# **标题**', '', '一段*强调*', '续行', '', '1. 第一项', '   接着', '* 第二项', '', '```', '| 代码 |', '```'];
    expect(markdownLines(md, 4)).toEqual(['---', 'year: 2022', '---', '标题', '', '一段强调', '续行', '', '1. 第一项', '接着', '- 第二项', '', '```', '| 代码 |', '```']);
  });
});
