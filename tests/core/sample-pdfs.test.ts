// The four real budget PDFs of ../shared/samples against the figures a person read from them (expected.json): in
// what `npm run check -- --json FILE.pdf` prints, every printed figure comes out equal, every figure not printed
// comes out null, and each figure's line of the extracted text holds that figure as printed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { equal } from '../../src/model/money.ts';
import type { Report } from '../../src/model/schema.ts';
import { parsePdfBytes } from '../../src/pipeline/parse-pdf.ts';
import { SAMPLE_SANGONG, SAMPLE_SUMMARY, SAMPLES, sampleDocuments } from '../support/samples.ts';

const DOCUMENTS = sampleDocuments();

/** The figure as a person reads it on the line: thousands separators out, so 「156,211,123」 holds 156211123. */
const lineHolds = (report: Report, line: number, value: string) => {
  const text = (report.source.lines[line - 1] ?? '').replace(/(\d),(?=\d{3})/g, '$1');
  return new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?![\\d])`).test(text);
};

function expectFigure(report: Report, got: string | null, line: number | undefined, want: string | null, alternatives: string[] = []) {
  if (want === null) return expect(got).toBeNull();
  expect(got).not.toBeNull();
  expect([want, ...alternatives].some((w) => equal(got!, w)), `${got} is not ${[want, ...alternatives].join(' or ')}`).toBe(true);
  expect(line).toBeDefined();
  expect(lineHolds(report, line!, got!), `line ${line} “${report.source.lines[line! - 1]}” does not print ${got}`).toBe(true);
}

const ROOT = join(import.meta.dirname, '..', '..');

/** What `npm run check -- --json FILE.pdf` prints for a PDF outside the content folder. */
function checkJson(file: string): Report {
  const run = spawnSync(process.execPath, ['scripts/check.ts', '--json', join(SAMPLES, file)], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe.each(DOCUMENTS)('$file, as npm run check -- --json prints it', (doc) => {
  const report = Promise.resolve().then(() => checkJson(doc.file));

  it('is read as a budget of its year, in its unit', async () => {
    const r = await report;
    expect(r.kind).toBe('部门预算');
    expect(r.year).toBe(doc.year);
    expect(r.unit).toBe(doc.unit);
    expect(r.sangong.unit).toBe(doc['unit_三公经费'] ?? doc.unit);
  });

  it.each(Object.entries(SAMPLE_SUMMARY))('%s', async (label, key) => {
    const r = await report;
    expectFigure(r, r.summary[key], r.summary.lines[key], doc[label], doc.alternatives?.[label]);
  });

  it.each(Object.entries(SAMPLE_SANGONG))('三公 %s: 预算数 as printed, no 决算数', async (label, key) => {
    const r = await report;
    expectFigure(r, r.sangong.budget[key], r.sangong.lines.budget[key], doc['三公经费']['预算数'][label]);
    expect(r.sangong.actual[key]).toBeNull();
  });
});

describe('budget tables read by position', () => {
  it('04: the 三公 table’s leading 合计 includes 会议费 and 培训费 and is not the 三公 total', async () => {
    const r = await parsePdfBytes(readFileSync(join(SAMPLES, '04-js-procuratorate-2019-budget.pdf')), '04.pdf', null);
    const t = r.tables.find((t) => t.kind === 'b09')!;
    // Printed: 合计 1276.7 | “三公”经费 小计 418.26 | 因公出国（境）费 80 | 公务用车 小计 237 | 购置费 (blank) | 运行维护费 237 | 公务接待费 101.26 | 会议费 158.44 | 培训费 700
    const row = t.rows[0];
    const at = (key: string) => row.cells[t.columns.findIndex((c) => c.key === key)];
    expect(at('budget.total').text).toBe('418.26');
    expect(at('budget.vehiclePurchase').text).toBe('');
    expect(at('budget.vehiclePurchase').amount).toBeNull();
    expect(row.cells.map((c) => c.text)).toEqual(['1276.7', '418.26', '80', '237', '', '237', '101.26', '158.44', '700']);
    expect(t.columns[0].key).not.toBe('budget.total');
  });

  it('01: a function table over five pages, its header repeated, codes in 类 | 款 | 项 columns read as one code', async () => {
    const r = await parsePdfBytes(readFileSync(join(SAMPLES, '01-sh-putuo-wanli-street-2024-budget.pdf')), '01.pdf', null);
    const t = r.tables.find((t) => t.kind === 'b05')!;
    expect(t.title).toBe('2024年部门一般公共预算支出功能分类预算表');
    expect(t.unit).toBe('元');
    expect(t.lines.length).toBe(5);
    const code = t.columns.findIndex((c) => c.key === 'code');
    // Page 25 prints 「212 | 01 | 99 | 其他城乡社区管理事务支出 | 54,212,362 | 54,212,362 | 0」.
    const row = t.rows.find((r) => r.cells[code].text === '2120199')!;
    expect(row.cells.map((c) => c.text)).toEqual(['2120199', '其他城乡社区管理事务支出', '54,212,362', '54,212,362', '0']);
    expect(r.source.pages![row.line - 1]).toBe(25);
  });

  it('02: an empty table that says so (本表为空表) keeps its header and publishes no figure', async () => {
    const r = await parsePdfBytes(readFileSync(join(SAMPLES, '02-sh-putuo-justice-2026-budget.pdf')), '02.pdf', null);
    const t = r.tables.find((t) => t.kind === 'b07')!;
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'name', 'total', 'basic', 'project']);
    expect(t.declaredEmpty).not.toBeNull();
    expect(t.rows.flatMap((r) => r.cells).filter((c) => c.amount !== null)).toEqual([]);
  });

  it('04: labels wrapped over lines join their row (「2.政府性基金预」 / 「算」 beside 「三、单位预留机动经」 / 「费」 3,990.40)', async () => {
    const r = await parsePdfBytes(readFileSync(join(SAMPLES, '04-js-procuratorate-2019-budget.pdf')), '04.pdf', null);
    const t = r.tables.find((t) => t.kind === 'b01')!;
    const row = t.rows.find((r) => r.cells.some((c) => c.text === '三、单位预留机动经费'))!;
    expect(row.cells.map((c) => c.text)).toEqual(['2.政府性基金预算', '', '三、国防支出', '', '三、单位预留机动经费', '3,990.40']);
    expect(row.lines.length).toBe(3);
    // The economic table prints 「机关事业单位基本养老保险」 above and 「缴费」 below the row of 30108.
    const economic = r.tables.find((t) => t.kind === 'b06')!;
    expect(economic.rows.filter((r) => r.cells[0].text === '30108').map((r) => r.cells[1].text)).toEqual(['机关事业单位基本养老保险缴费']);
  });
});

describe('budget audit', () => {
  const findings = async (file: string) => (await parsePdfBytes(readFileSync(join(SAMPLES, file)), file, null)).findings.filter((f) => !f.code.startsWith('MZ-A-NARRATIVE'));

  it('01: every table identity holds, 款 codes printed with one digit (301 | 2 津贴补贴) included', async () => {
    const all = await findings('01-sh-putuo-wanli-street-2024-budget.pdf');
    expect(all.filter((f) => f.status !== 'holds').map((f) => f.message)).toEqual([]);
    // 301 工资福利支出 88,282,511 = the 款 printed under it, 「2」 and 「7」 among them.
    expect(all.some((f) => f.code === 'MZ-A-HIERARCHY' && f.message.includes('301 工资福利支出') && f.status === 'holds')).toBe(true);
    expect(all.filter((f) => f.code === 'MZ-A-T09-TOTAL').map((f) => f.status)).toEqual(['holds']);
    // Between tables: 收入总计 = 支出总计 (156,211,123), and 财政拨款收支预算总表 一般公共预算 = 一般公共预算支出表 合计.
    expect(all.filter((f) => f.code === 'MZ-A-B01-BALANCE' || f.code === 'MZ-A-B04-B05').map((f) => [f.code, f.status, f.actual.value])).toEqual([
      ['MZ-A-B01-BALANCE', 'holds', '156211123'], ['MZ-A-B04-B05', 'holds', '156211123'],
    ]);
  });

  it('04: the narrative against the tables: 基本支出 15,844.04 and 项目支出 4335.3 万元 as the 支出预算总表 prints them', async () => {
    const r = await parsePdfBytes(readFileSync(join(SAMPLES, '04-js-procuratorate-2019-budget.pdf')), '04.pdf', null);
    const narrative = r.findings.filter((f) => f.code === 'MZ-A-NARRATIVE');
    const about = (quote: string) => narrative.find((f) => f.rule.includes(quote));
    expect([about('基本支出预算数为15,844.04万元')?.status, about('项目支出预算数为4335.3万元')?.status]).toEqual(['holds', 'holds']);
    // 4,335.30 in the table and 4335.3 in the text are one amount.
    expect(about('项目支出预算数为4335.3万元')?.expected.value).toBe('4335.30');
    expect(narrative.filter((f) => f.status === 'mismatch')).toEqual([]);
  });

  it('04: a blank 公务用车购置费 is not taken for zero: the vehicle identity cannot be checked', async () => {
    const all = await findings('04-js-procuratorate-2019-budget.pdf');
    expect(all.find((f) => f.code === 'MZ-A-T09-VEHICLE')?.status).toBe('insufficient');
    expect(all.find((f) => f.code === 'MZ-A-T09-TOTAL')?.status).toBe('holds');
    expect(all.filter((f) => f.status === 'mismatch')).toEqual([]);
  });
});
