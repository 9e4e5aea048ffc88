// Layouts the seeds do not use, on fixtures made from the seeds' own text (fixtures/generate.ts), so that the
// expected figures are still those a person read from the documents (expected.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, equal } from '../../src/model/money.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Report } from '../../src/model/schema.ts';
import { expect01, expect05Totals, expectCellsAsInSeed, expectLeftOutRowsKept, expectMustFind, expectSangong, expectSummary, expectTables, same } from './figures.ts';
import { toBiao7, toLayout, toSingleSpaced, toSplitCodes, toYuan } from './fixtures/generate.ts';
import { SEEDS } from './seeds.ts';

const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports;
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const S000 = '000_7e0f8e9b3d32ee90.txt';
const S001 = '001_d622078dd2835456.txt';
const S002 = '002_d741ed2ca5e3f399.txt';

const load = (name: string) => {
  const text = fixture(name);
  return { text, report: parseReport(text, `tests/core/fixtures/${name}`) };
};

describe('fixtures are what generate.ts makes of the seeds', () => {
  it.each([
    ['001-layout.txt', () => toLayout(seedText(S001), 'shown')],
    ['002-layout.txt', () => toLayout(seedText(S002), 'chars')],
    ['001-single-spaced.txt', () => toSingleSpaced(seedText(S001))],
    ['000-biao7.txt', () => toBiao7(seedText(S000))],
    ['000-yuan.txt', () => toYuan(seedText(S000))],
    ['000-split-codes.txt', () => toSplitCodes(toSplitCodes(seedText(S000), /^一般公共预算财政拨款支出决算表$/, true), /^支出决算表$/, false)],
  ])('%s', (name, make) => expect(fixture(name)).toBe(make()));
});

describe.each([
  ['001-layout.txt', S001, 'wide characters padded as shown'],
  ['002-layout.txt', S002, 'padded by character count; tables split over pages'],
])('pdftotext -layout: %s (%s)', (name, seed) => {
  const { text, report } = load(name);
  const exp = expected[seed];

  it('is laid out with spaces and form feeds, no tabs', () => {
    expect(text.includes('\t')).toBe(false);
    expect(text.split('\f').length).toBeGreaterThan(9);
  });
  it('reads the figures a person read', () => {
    expectSummary(report, exp);
    expectSangong(report, exp);
    expect05Totals(report, exp);
    expect01(report, exp);
  });
  it('recognises the nine tables', () => expectTables(report, exp, 0));
  it('publishes no amount the document does not print in that place', () => expectCellsAsInSeed(report, seedText(seed)));
  it('keeps the rows it cannot place, with a diagnostic', () => expectLeftOutRowsKept(report, text));
});

describe('pdftotext -layout of 醴陵 2022: every row of the nine tables is placed, and the audit finds what the seed has', () => {
  const { report } = load('001-layout.txt');
  it('no row left out of the standard tables', () => expect(report.tables.filter((t) => /^t0\d$/.test(t.kind)).flatMap((t) => t.omitted)).toEqual([]));
  it('finds the seed’s discrepancies', () => expectMustFind(report, expected[S001], 0));
  it('the 三公 figures come from the table', () => expect(report.sangong.source?.kind).toBe('table'));
});

describe('cells joined by single spaces, empty cells dropped (醴陵 2022)', () => {
  const { text, report } = load('001-single-spaced.txt');
  const exp = expected[S001];
  /** The line of a row of `table` starting with `prefix`. */
  const lineIn = (kind: string, prefix: string) => {
    const t = report.tables.find((x) => x.kind === kind)!;
    return text.split('\n').findIndex((l, i) => l.startsWith(prefix) && t.lines.some(([a, b]) => a <= i + 1 && i + 1 <= b)) + 1;
  };

  it('publishes no amount the document does not print in that place', () => expectCellsAsInSeed(report, seedText(S001)));
  it('keeps the rows it cannot place, with a diagnostic', () => expectLeftOutRowsKept(report, text));
  it('a row whose two figures could stand in several columns is left out (05: 行政单位医疗 11.56 11.56)', () => {
    const line = lineIn('t05', '2101101 行政单位医疗 11.56 11.56');
    expect(line).toBeGreaterThan(0);
    expect(report.tables.find((t) => t.kind === 't05')!.omitted).toContain(line);
  });
  it('a row with every cell printed is placed (05 合计)', () => expect05Totals(report, exp));
  it('the 01 rows are placed: 行次 is printed on every row', () => expect01(report, exp));
  it('the 三公 row (6.00 6.00 2.62 2.62) cannot be placed; the narrative gives the figures instead', () => {
    expect(report.tables.find((t) => t.kind === 't09')!.omitted.length).toBe(1);
    expect(report.sangong.source?.kind).toBe('section');
    for (const side of ['budget', 'actual'] as const) {
      for (const [key, value] of Object.entries(exp.sangong[side])) {
        const got = (report.sangong[side] as any)[key];
        if (got !== null) expect(same(got, value as string), `${side}.${key}`).toBe(true);
      }
    }
  });
  it('a name holding a space stays one name (06: 30108 机关事业单位基本 养老保险缴费 47.59)', () => {
    const t06 = report.tables.find((t) => t.kind === 't06')!;
    const row = t06.rows.find((r) => r.cells[0].text === '30108')!;
    expect(row.cells.slice(1, 3).map((c) => [c.text, c.amount])).toEqual([['机关事业单位基本 养老保险缴费', null], ['47.59', '47.59']]);
  });
  it('publishes the figures it can be sure of', () => {
    expect(same(report.summary.incomeTotal, exp.summary.incomeTotal)).toBe(true);
    expect(same(report.summary.personnel, exp.summary.personnel)).toBe(true);
  });
});

describe('the 三公 table labelled 表七 (邵阳 2023)', () => {
  const { report } = load('000-biao7.txt');
  it('is the 三公 table, with its label', () => expect(report.tables.find((t) => t.kind === 't09')?.label).toBe('表七'));
  it('gives the 三公 figures', () => expectSangong(report, expected[S000]));
});

describe('codes split into 类/款/项 columns (邵阳 2023: 05 with parents on rows above, 03 with every part printed)', () => {
  const { text, report } = load('000-split-codes.txt');
  const seedCodes = (title: string) => {
    const lines = seedText(S000).split('\n');
    const start = lines.findIndex((l, i) => l.trim() === title && /公开/.test(lines[i + 2] ?? ''));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('注'));
    return lines.slice(start, end).map((l) => l.split('\t')[0]).filter((c) => /^\d{3}(\d{2}){0,2}$/.test(c));
  };
  const codes = (kind: string) => {
    const t = report.tables.find((x) => x.kind === kind)!;
    return t.rows.map((r) => r.cells[0].text).filter((c) => /^\d+$/.test(c));
  };

  it('the fixture prints the parts apart', () => expect(text).toMatch(/^类\t款\t项\t科目名称/m));
  it('05: codes merged as the seed prints them', () => expect(codes('t05')).toEqual(seedCodes('一般公共预算财政拨款支出决算表')));
  it('03: codes merged as the seed prints them', () => expect(codes('t03')).toEqual(seedCodes('支出决算表')));
  it('05 totals', () => expect05Totals(report, expected[S000]));
  it('the 类 = Σ款 = Σ项 checks run and hold', () => {
    for (const kind of ['t05', 't03']) {
      const title = report.tables.find((t) => t.kind === kind)!.title;
      const hier = report.findings.filter((f) => f.code === 'MZ-A-HIERARCHY' && f.rule.startsWith(title));
      expect(hier.length).toBeGreaterThan(20);
      expect(hier.filter((f) => f.status !== 'holds' && f.status !== 'rounding')).toEqual([]);
    }
  });
});

describe('the 三公 table printed in 元 (邵阳 2023, figures ×10000)', () => {
  const { report } = load('000-yuan.txt');
  const seedReport = parseReport(seedText(S000), S000);
  const mismatches = (r: Report) => r.findings.filter((f) => f.status === 'mismatch').map((f) => `${f.code} ${[...f.expected.lines, ...f.actual.lines].join(',')}`).sort();

  it('keeps the figures as printed, in 元, and says so', () => {
    expect(report.tables.find((t) => t.kind === 't09')!.unit).toBe('元');
    expect(report.sangong.unit).toBe('元');
    expect(report.sangong.actual.total).toBe('82100.00');
    expectSangong(report, expected[S000], (v) => convert(v, '元', '万元'));
  });
  it('the report stays in 万元, its other tables unchanged', () => {
    expect(report.unit).toBe('万元');
    expectSummary(report, expected[S000]);
  });
  it('06 items against the 三公 actuals hold after conversion', () => {
    const f = report.findings.filter((x) => x.code === 'MZ-A-T06-T09');
    expect(f.length).toBe(4);
    expect(f.every((x) => x.status === 'holds')).toBe(true);
  });
  it('the narrative’s 三公 figures in 万元 hold against the table in 元', () => {
    const sangong = report.findings.filter((x) => x.code === 'MZ-A-NARRATIVE' && /三公经费表/.test(x.rule));
    expect(sangong.length).toBeGreaterThanOrEqual(10);
    expect(sangong.every((x) => x.status === 'holds')).toBe(true);
    expect(sangong.find((x) => x.expected.value !== null && equal(x.expected.value, '8.21'))).toBeDefined();
  });
  it('the 三公 shares (公务接待费 2.22 万元 of 82,100.00 元) are classified as in the 万元 document', () => {
    const shares = (r: Report) => r.findings.filter((x) => x.code === 'MZ-A-NARRATIVE-SHARE' && /三公/.test(x.rule)).map((x) => x.status);
    expect(shares(report)).toEqual(shares(seedReport));
    expect(shares(report)).toContain('rounding');
  });
  it('finds the same discrepancies as the document in 万元', () => expect(mismatches(report)).toEqual(mismatches(seedReport)));
});
