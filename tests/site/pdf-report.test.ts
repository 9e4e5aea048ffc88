// A content folder of two real budget PDFs (tests/support/bad-content.ts) built like any other: identity from the
// path, the registry and the sidecar; figures with the page they were printed on; the PDF published as
// original.pdf and linked from the report page at those pages. Expected values were read from the PDF as printed
// (sample 03, 江苏省人大常委会办公厅 2019 部门预算: page 11 of the file states 基本支出9312.9万元，占50.81%; page 16
// states the 会议费 rose by 164.48万元 while its sentence goes on to a 10% cut).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublishedReport } from '../../src/model/schema.ts';
import { sharedDir } from '../core/seeds.ts';
import { pdfContent } from '../support/bad-content.ts';
import { buildContent, distFor, filesIn, ROOT } from '../support/site.ts';

const out = join(ROOT, '.cache/test-builds/pdf');
const data = 'data/reports/js-npc/2019/bumen-yusuan';
const read = (path: string) => readFileSync(join(out, path));

describe('a PDF report, built', () => {
  let report: PublishedReport;
  let page: string;

  beforeAll(() => {
    const run = buildContent(pdfContent(join(ROOT, '.cache/test-content/build-pdf')), out);
    expect(run.status, run.stderr).toBe(0);
    report = JSON.parse(read(`${data}/report.json`).toString());
    page = read('reports/js-npc/2019/bumen-yusuan/index.html').toString();
  });

  it('takes its identity from the path and registry, and source_url and region from the sidecar', () => {
    expect(report.identity).toMatchObject({ bureau: '江苏省人大常委会办公厅', year: 2019, kind: '部门预算', region: '江苏省南京市', sourceUrl: 'https://example.org/js-npc-2019.pdf' });
    expect(report.identity.provenance).toMatchObject({ bureau: { from: 'registry' }, year: { from: 'path' }, kind: { from: 'path' } });
  });

  it('keeps the page of each figure: 基本支出 9312.9 at 50.81% on page 11', () => {
    const share = report.findings.find((f) => f.actual.value === '50.81')!;
    const line = share.actual.lines[0];
    expect(report.source.lines[line - 1]).toContain('基本支出9312.9万元，占50.81%');
    expect(report.source.pages![line - 1]).toBe(11);
  });

  it('keeps the page of a finding that does not hold: the 会议费 change on page 16', () => {
    const meeting = report.findings.find((f) => f.status === 'mismatch')!;
    const lines = [...meeting.expected.lines, ...meeting.actual.lines];
    expect(lines.map((n) => report.source.pages![n - 1])).toEqual(lines.map(() => 16));
    expect(lines.map((n) => report.source.lines[n - 1]).join('')).toContain('增加164.48万元');
  });

  it('publishes the PDF byte for byte as original.pdf and links it, and its pages from figures and findings', () => {
    expect(read(`${data}/original.pdf`).equals(readFileSync(join(sharedDir('samples'), '03-js-npc-office-2019-budget-narrative.pdf')))).toBe(true);
    expect(page).toContain(`href="/${data}/original.pdf"`);
    // The 50.81% check holds: it is on the report's 数据核对 page, linked to the 原文 page's line and the PDF's page.
    const share = report.findings.find((f) => f.actual.value === '50.81')!;
    const checks = read('reports/js-npc/2019/bumen-yusuan/checks/index.html').toString();
    expect(checks).toMatch(new RegExp(`href="../original/#L${share.actual.lines[0]}">第 ${share.actual.lines[0]} 行</a>，<a class="page-link" href="/${data}/original.pdf#page=11">PDF 第 11 页</a>`));
    expect(page).toContain(`href="/${data}/original.pdf#page=16">PDF 第 16 页</a>`);
  });

  it('is parsed once: a second build takes both PDFs from the cache by digest', () => {
    const again = buildContent(join(ROOT, '.cache/test-content/build-pdf'), out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('已读取 2 份报告，其中 0 份重新解析');
  });
});

describe('the bundled portal', () => {
  const dist = distFor('/');

  it('shows the four sample budgets with their PDFs linked, figures from the page they are printed on', () => {
    // Sample 04 (江苏省人民检察院 2019 部门预算) prints 本年收入合计 24,169.74 万元 on page 14 (公开01表, 当年收入小计).
    const jcy = 'data/reports/js-jcy/2019/bumen-yusuan';
    const page = readFileSync(join(dist, 'reports/js-jcy/2019/bumen-yusuan/index.html'), 'utf8');
    const report: PublishedReport = JSON.parse(readFileSync(join(dist, jcy, 'report.json'), 'utf8'));
    expect(report.summary.incomeTotal).toBe('24169.74');
    expect(report.source.pages![report.summary.lines.incomeTotal - 1]).toBe(14);
    expect(page).toContain(`href="/${jcy}/original.pdf#page=14"`);
    expect(page).toContain('2019年度财政拨款“三公”经费预算');
    const pdfs = filesIn(dist).filter((f) => f.endsWith('original.pdf')).map((f) => f.split('/').slice(-4, -1).join('/')).sort();
    expect(pdfs).toEqual(['js-jcy/2019/bumen-yusuan', 'js-rdcwh-bgt/2019/bumen-yusuan', 'sh-putuo-sfj/2026/bumen-yusuan', 'sh-putuo-wanli/2024/bumen-yusuan']);
  });

  it('text reports have no pages and no original.pdf', () => {
    const folder = join(dist, 'data/reports/liling-ybj/2022/bumen-juesuan');
    expect(filesIn(folder).filter((f) => f.endsWith('original.pdf'))).toEqual([]);
    const text: PublishedReport = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'));
    expect(text.source).not.toHaveProperty('pages');
  });
});
