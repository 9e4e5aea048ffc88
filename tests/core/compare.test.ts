// The comparison of bureaus (src/views/compare.ts, compare-difference.ts) against figures worked out by hand from the
// seed documents (../shared/seeds/expected.json; line numbers as in the seed files, which 郴州 and 醴陵 are bundled as).
import { describe, expect, it } from 'vitest';
import { toRecord } from '../../src/load/record.ts';
import type { Bureau } from '../../src/load/registry.ts';
import type { Report } from '../../src/model/schema.ts';
import type { ReportEntry } from '../../src/site/report-entry.ts';
import { differenceText, shownAmount } from '../../src/views/compare-difference.ts';
import { COMPARE_COLUMNS, compareEntries, compareRow, compareYears, DIFFERENCE_COLUMNS } from '../../src/views/compare.ts';
import { loadSeeds } from './seeds.ts';

const seeds = Object.fromEntries(loadSeeds().map((s) => [s.name.slice(0, 3), s]));

function entry(id: string, region: string, r: Report, year = r.year!): ReportEntry {
  const bureau: Bureau = { id, name: r.bureau!, shortNames: [], region, level: '市级' };
  return { bureauId: id, bureau, year, kind: r.kind, url: `/reports/${id}/${year}/x/`, report: toRecord(r, 'digest', 'detail'), cacheKey: '' };
}

const CHENZHOU = entry('chenzhou-ybj', '湖南省郴州市', seeds['002'].report);
const LILING = entry('liling-ybj', '湖南省株洲市醴陵市', seeds['001'].report);
const SHAOYANG = entry('shaoyang-ybj', '湖南省邵阳市', seeds['000'].report);
const BEITA = entry('shaoyang-beita-ybj', '湖南省邵阳市北塔区', seeds['004'].report);

const texts = (e: ReportEntry) => compareRow(e).cells.map((c) => c.text);
const hrefs = (e: ReportEntry) => compareRow(e).cells.map((c) => c.href);

describe('a bureau’s row', () => {
  it('has a cell under each column: 单位, 报告, 预算数 ×4, 决算数 ×4, 执行率, 本年支出 ×3', () => {
    expect(COMPARE_COLUMNS.map((c) => c.label)).toEqual(['单位', '报告', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费', '“三公”经费执行率', '合计', '基本支出', '项目支出']);
    expect(texts(CHENZHOU)).toHaveLength(COMPARE_COLUMNS.length);
  });

  it('郴州 2022: 三公 9.00 budgeted, 6.22 spent (公开09表 line 496), 6.22 ÷ 9.00 = 69.1 %; 本年支出 1,468.53 = 971.50 + 497.02', () => {
    // 6.22 ÷ 9.00 = 0.69111 → 69.1 %. 本年支出合计 on 01表 line 157, 基本/项目支出 on 03表's 合计 row, line 232.
    expect(texts(CHENZHOU)).toEqual(['郴州市医疗保障局', '部门决算', '9.00', '0', '4.00', '5.00', '6.22', '0', '4.00', '2.22', '69.1%', '1,468.53', '971.50', '497.02']);
    const lines = hrefs(CHENZHOU).slice(2).map((h) => h?.replace('/reports/chenzhou-ybj/2022/x/', ''));
    expect(lines).toEqual([...Array(8).fill('original/#L496'), undefined, 'original/#L157', 'original/#L232', 'original/#L232']);
    expect(hrefs(CHENZHOU).slice(0, 2)).toEqual(['/bureaus/chenzhou-ybj/', '/reports/chenzhou-ybj/2022/x/']);
  });

  it('醴陵 2022: 2.62 of 6.00 = 43.7 %, all of it 公务接待费 (line 361); 本年支出 51,448.55 (line 106)', () => {
    // 2.62 ÷ 6.00 = 0.43667 → 43.7 %.
    expect(texts(LILING)).toEqual(['醴陵市医疗保障局', '部门决算', '6.00', '0', '0', '6.00', '2.62', '0', '0', '2.62', '43.7%', '51,448.55', '593.27', '50,855.28']);
    expect(hrefs(LILING)[11]).toBe('/reports/liling-ybj/2022/x/original/#L106');
  });

  it('邵阳 2023: 8.21 of 11.00 = 74.6 %', () => {
    // 8.21 ÷ 11.00 = 0.74636 → 74.6 %.
    expect(texts(SHAOYANG).slice(2)).toEqual(['11.00', '0', '6.00', '5.00', '8.21', '0', '5.99', '2.22', '74.6%', '1,073.60', '639.17', '434.43']);
  });

  it('北塔 2023, a 绩效自评 with a 三公 budget of 0 and no 公开表: no 执行率 and no 本年支出, shown as dashes with the reason', () => {
    // 0 ÷ 0 has no value; the report prints no 本年支出合计 (expected.json summary: null), so not 0 either.
    expect(texts(BEITA)).toEqual(['邵阳市北塔区医疗保障局', '部门整体支出绩效自评报告（未列出本年支出）', '0', '0', '0', '0', '0', '0', '0', '0', '—', '—', '—', '—']);
    expect(hrefs(BEITA).slice(11)).toEqual([undefined, undefined, undefined]);
  });

  it('a report with no 三公 figures at all: every 三公 cell a dash, and the 报告 cell says so', () => {
    const none = Object.fromEntries(Object.keys(BEITA.report.sangong.budget).map((k) => [k, null]));
    const report = { ...BEITA.report, sangong: { ...BEITA.report.sangong, budget: none, actual: none } } as ReportEntry['report'];
    const row = texts({ ...BEITA, report });
    expect(row[1]).toBe('部门整体支出绩效自评报告（未列出“三公”经费；未列出本年支出）');
    expect(row.slice(2)).toEqual(Array(12).fill('—'));
  });
});

describe('years', () => {
  it('one table per year, newest first, each with the bureaus that have a report of that year', () => {
    const years = compareYears(compareEntries([SHAOYANG, BEITA, CHENZHOU, LILING]));
    expect(years.map((y) => [y.year, y.rows.map((r) => r.data!['data-bureau'])])).toEqual([
      [2023, ['shaoyang-ybj', 'shaoyang-beita-ybj']],
      [2022, ['chenzhou-ybj', 'liling-ybj']],
    ]);
  });

  it('a bureau with two reports of a year is compared by its final accounts', () => {
    const selfEvaluation = { ...CHENZHOU, kind: '部门整体支出绩效自评报告' as const, url: '/reports/chenzhou-ybj/2022/y/' };
    const [year] = compareYears(compareEntries([selfEvaluation, CHENZHOU]));
    expect(year.rows.map((r) => r.cells[1].text)).toEqual(['部门决算']);
  });

  it('a bureau with no report of a year is not in that year’s table: no row of zeros', () => {
    const chenzhou2021 = entry('chenzhou-ybj', '湖南省郴州市', seeds['002'].report, 2021);
    const years = compareYears(compareEntries([CHENZHOU, LILING, chenzhou2021]));
    expect(years.map((y) => [y.year, y.rows.length])).toEqual([[2022, 2], [2021, 1]]);
  });
});

describe('差额 between two chosen bureaus, as the browser works it from the table', () => {
  const differences = (a: ReportEntry, b: ReportEntry) => DIFFERENCE_COLUMNS.map((j) => differenceText(texts(a)[j], texts(b)[j]));

  it('the amount columns, not 执行率', () => {
    expect(DIFFERENCE_COLUMNS.map((j) => COMPARE_COLUMNS[j].label)).not.toContain('“三公”经费执行率');
    expect(DIFFERENCE_COLUMNS).toHaveLength(11);
  });

  it('郴州 − 醴陵 2022, by hand from the two 公开09表 and 01/03表', () => {
    // 预算 9.00 − 6.00 = 3.00, 0 − 0, 4.00 − 0 = 4.00, 5.00 − 6.00 = −1.00; 决算 6.22 − 2.62 = 3.60, 0 − 0, 4.00 − 0 = 4.00,
    // 2.22 − 2.62 = −0.40; 本年支出 1468.53 − 51448.55 = −49980.02, 971.50 − 593.27 = 378.23, 497.02 − 50855.28 = −50358.26.
    expect(differences(CHENZHOU, LILING)).toEqual(['+3.00', '0', '+4.00', '-1.00', '+3.60', '0', '+4.00', '-0.40', '-49,980.02', '+378.23', '-50,358.26']);
  });

  it('邵阳 − 北塔 2023: no 差额 of 本年支出 where 北塔 states none', () => {
    // 11.00 − 0 = 11.00 … 8.21 − 0 = 8.21; 北塔 has no 本年支出合计, 基本支出 or 项目支出.
    expect(differences(SHAOYANG, BEITA)).toEqual(['+11.00', '0', '+6.00', '+5.00', '+8.21', '0', '+5.99', '+2.22', '—', '—', '—']);
  });

  it('reads figures as shown: separators dropped, a dash or a rate is no figure', () => {
    expect(shownAmount('51,448.55')).toBe('51448.55');
    expect(shownAmount('—')).toBeNull();
    expect(shownAmount('69.1%')).toBeNull();
    expect(differenceText('0.71', '—')).toBe('—');
  });
});
