// The PDF extraction stage on the four real budget PDFs (../shared/samples) and on fixtures made from them with
// qpdf (tests/core/fixtures/pdf/make.sh). Expected values are read by a person from the PDFs as printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf, type PdfExtraction } from '../../src/extract/pdf/extract.ts';
import type { PdfCell } from '../../src/extract/pdf/layout.ts';
import { sharedDir } from './seeds.ts';

const SAMPLES = sharedDir('samples');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'pdf');
const sample = (name: string) => readFileSync(join(SAMPLES, name));
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The row (page and cells) whose cells begin with these texts. */
function row(x: PdfExtraction, first: string, second?: string): { page: number; cells: PdfCell[] } {
  for (const page of x.pages) {
    const line = page.lines.find((l) => l.cells[0]?.text === first && (second === undefined || l.cells[1]?.text === second));
    if (line) return { page: page.number, cells: line.cells };
  }
  throw new Error(`no row starting ${first}`);
}

const texts = (cells: readonly PdfCell[]) => cells.map((c) => c.text);

function expectLeftToRight(cells: readonly PdfCell[]): void {
  for (const c of cells) expect(c.x1).toBeGreaterThan(c.x0);
  for (let i = 1; i < cells.length; i++) expect(cells[i].x0).toBeGreaterThanOrEqual(cells[i - 1].x1);
}

/** The text view's line that holds this row, and where it says the line was printed. */
function viewLine(x: PdfExtraction, cells: readonly PdfCell[]) {
  const n = x.view.lines.indexOf(texts(cells).join('\t')) + 1;
  expect(n).toBeGreaterThan(0);
  return { n, origin: x.view.origins[n - 1]! };
}

describe('01 上海市普陀区万里街道 2024 部门预算 (WPS, landscape)', () => {
  let x: PdfExtraction;
  beforeAll(async () => {
    x = await extractPdf(sample('01-sh-putuo-wanli-street-2024-budget.pdf'));
  });

  it('has 33 landscape pages without /Rotate, and nothing to report', () => {
    expect(x.pageCount).toBe(33);
    expect(x.pages.map((p) => p.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    for (const p of x.pages) {
      expect(p.width).toBeGreaterThan(p.height);
      expect(p.rotate).toBe(0);
    }
    expect(x.diagnostics).toEqual([]);
  });

  it('reads the 三公 row as six figures and 机关运行经费, left to right, on page 31', () => {
    const r = row(x, '47.91');
    expect(r.page).toBe(31);
    expect(texts(r.cells)).toEqual(['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18']);
    expectLeftToRight(r.cells);
    const { origin } = viewLine(x, r.cells);
    expect(origin.page).toBe(31);
    expect(origin.y).toBeCloseTo(r.cells[0].y, 5);
  });

  it('keeps the 三公 header cells apart, 接待 before 公务用车 as printed', () => {
    const header = row(x, '合计', '因公出国(境)费');
    expect(texts(header.cells)).toEqual(['合计', '因公出国(境)费', '公务接待费']);
    const sub = row(x, '小计', '购置费');
    expect(texts(sub.cells)).toEqual(['小计', '购置费', '运行费']);
    expect(sub.cells[0].x0).toBeGreaterThan(header.cells[2].x1);
    expect(header.page).toBe(31);
  });

  it('reads the 财务收支预算总表 totals row with its thousands separators', () => {
    const r = row(x, '收入总计');
    expect(r.page).toBe(10);
    expect(texts(r.cells)).toEqual(['收入总计', '156,211,123', '支出总计', '156,211,123']);
    expectLeftToRight(r.cells);
  });

  it('gives every text-view line a page and a position inside it', () => {
    x.view.lines.forEach((line, i) => {
      const origin = x.view.origins[i];
      if (line === '') return expect(origin).toBeNull();
      const page = x.pages[origin!.page - 1];
      expect(origin!.y).toBeGreaterThan(0);
      expect(origin!.y).toBeLessThan(page.height);
      expect(origin!.x0).toBeGreaterThanOrEqual(0);
      expect(origin!.x1).toBeLessThanOrEqual(page.width);
    });
  });
});

describe('02 上海市普陀区司法局 2026 部门预算 (WPS 表格)', () => {
  let x: PdfExtraction;
  beforeAll(async () => {
    x = await extractPdf(sample('02-sh-putuo-justice-2026-budget.pdf'));
  });

  it('has 23 pages; page 3 is blank and said to be', () => {
    expect(x.pageCount).toBe(23);
    expect(x.pages[2].lines).toEqual([]);
    expect(x.pages.filter((p) => p.lines.length === 0).map((p) => p.number)).toEqual([3]);
    expect(x.diagnostics.map((d) => [d.code, d.severity])).toEqual([['MZ-PDF-PAGE-BLANK', 'info']]);
    expect(x.diagnostics[0].message).toContain('第 3 页');
  });

  it('puts a blank line between pages: two in a row around the blank page 3', () => {
    const [p2, p3, p4] = [x.view.pageLines[1], x.view.pageLines[2], x.view.pageLines[3]];
    expect(x.view.lines[p3 - 1]).toBe('');
    expect(x.view.lines[p4 - 2]).toBe('');
    expect(p4 - p3).toBe(2);
    expect(x.view.origins[p2 - 1]!.page).toBe(2);
    expect(x.view.origins[p4 - 1]!.page).toBe(4);
  });

  it('splits a figure and the next cell written as one text run', () => {
    const r = row(x, '一、财政拨款收入');
    expect(r.page).toBe(10);
    expect(texts(r.cells)).toEqual(['一、财政拨款收入', '96,282,213.44', '一、公共安全支出', '87,267,272.44']);
    expectLeftToRight(r.cells);
  });

  it('reads the 三公 row in 万元 on its page', () => {
    const r = row(x, '10.81');
    expect(texts(r.cells)).toEqual(['10.81', '0', '0.83', '9.98', '0', '9.98', '217.83']);
    expectLeftToRight(r.cells);
  });
});

describe('03 江苏省人大常委会办公厅 2019 部门预算, narrative (WPS, portrait)', () => {
  let x: PdfExtraction;
  beforeAll(async () => {
    x = await extractPdf(sample('03-js-npc-office-2019-budget-narrative.pdf'));
  });

  it('has 19 portrait pages and nothing to report', () => {
    expect(x.pageCount).toBe(19);
    for (const p of x.pages) expect(p.height).toBeGreaterThan(p.width);
    expect(x.diagnostics).toEqual([]);
  });

  it('keeps a sentence with its figures as one line of one cell', () => {
    const line = x.view.lines.find((l) => l.includes('基本支出预算数为9312.9万元'));
    expect(line).toBe('此外，基本支出预算数为9312.9万元。与上年相比增加');
  });

  it('puts the page footer ─ 8 ─ last on its page, though the file draws it first', () => {
    const page = x.pages.find((p) => p.lines.some((l) => l.cells.some((c) => c.text.includes('9312.9'))))!;
    expect(page.number).toBe(10);
    expect(texts(page.lines.at(-1)!.cells).join('')).toMatch(/^─\s*8\s*─$/);
  });
});

describe('04 江苏省人民检察院 2019 部门预算 (Word 2007, portrait)', () => {
  let x: PdfExtraction;
  beforeAll(async () => {
    x = await extractPdf(sample('04-js-procuratorate-2019-budget.pdf'));
  });

  it('has 33 portrait pages and nothing to report', () => {
    expect(x.pageCount).toBe(33);
    for (const p of x.pages) expect(p.height).toBeGreaterThan(p.width);
    expect(x.diagnostics).toEqual([]);
  });

  it('reads the 三公、会议费、培训费 row with its leading 合计 1276.7 on page 20', () => {
    const r = row(x, '1276.7');
    expect(r.page).toBe(20);
    expect(texts(r.cells)).toEqual(['1276.7', '418.26', '80', '237', '237', '101.26', '158.44', '700']);
    expectLeftToRight(r.cells);
  });

  it('joins letter-spaced labels (金　额, 合　计) into one cell', () => {
    expect(texts(row(x, '功能科目编码', '功能科目名称').cells)).toEqual(['功能科目编码', '功能科目名称', '金额']);
    const page20 = x.pages[19].lines.map((l) => texts(l.cells));
    expect(page20).toContainEqual(['合计']);
  });

  it('reads the 收支预算总表 totals, with the third expenditure part 单位预留机动经费', () => {
    expect(texts(row(x, '收入合计').cells)).toEqual(['收入合计', '24,169.74', '支出合计', '24,169.74']);
    expect(texts(row(x, '24169.74', '15844.04').cells)).toEqual(['24169.74', '15844.04', '4335.30', '3990.4']);
  });
});

describe('rotated pages', () => {
  let upright: PdfExtraction;
  beforeAll(async () => {
    upright = await extractPdf(fixture('sangong-page.pdf'));
  });

  it.each([
    ['rotate-90.pdf', 90],
    ['rotate-270.pdf', 270],
    ['sideways.pdf', 0],
  ])('%s (/Rotate %i) reads as the upright page, at the same positions', async (name, rotate) => {
    const x = await extractPdf(fixture(name));
    expect(x.diagnostics).toEqual([]);
    const [page] = x.pages;
    expect(page.rotate).toBe(rotate);
    expect(page.width).toBeGreaterThan(page.height);
    expect(x.view.lines).toEqual(upright.view.lines);
    const cells = page.lines.flatMap((l) => l.cells);
    const original = upright.pages[0].lines.flatMap((l) => l.cells);
    cells.forEach((c, i) => {
      expect(c.x0).toBeCloseTo(original[i].x0, 1);
      expect(c.x1).toBeCloseTo(original[i].x1, 1);
      expect(c.y).toBeCloseTo(original[i].y, 1);
    });
    expect(texts(row(x, '47.91').cells)).toEqual(['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18']);
  });
});

describe('bad PDFs: a stable code and a Chinese message, never an exception', () => {
  const only = (x: PdfExtraction) => x.diagnostics.map((d) => [d.code, d.severity]);
  const budget = sample('01-sh-putuo-wanli-street-2024-budget.pdf');

  it('a PDF with an open password', async () => {
    const x = await extractPdf(fixture('encrypted.pdf'));
    expect(only(x)).toEqual([['MZ-PDF-ENCRYPTED', 'error']]);
    expect(x.diagnostics[0].message).toContain('密码');
    expect(x.pages).toEqual([]);
  });

  it('a PDF with only an owner password (copying forbidden) is read', async () => {
    const x = await extractPdf(fixture('owner-password.pdf'));
    expect(x.diagnostics).toEqual([]);
    expect(x.view.lines.slice(0, 2)).toEqual(['江苏省人大常委会办公厅', '2019年度部门预算公开']);
  });

  it.each([0.9, 0.5, 0.1, 0.01])('a file cut off after %f of its bytes', async (share) => {
    const x = await extractPdf(budget.subarray(0, Math.floor(budget.length * share)));
    expect(only(x)).toEqual([['MZ-PDF-DAMAGED', 'error']]);
    expect(x.diagnostics[0].message).toContain('不完整');
  });

  it.each([
    [0.1, 0.2],
    [0.3, 0.7],
    [0.9, 0.95],
  ])('a file with bytes %f–%f overwritten', async (from, to) => {
    const bytes = new Uint8Array(budget);
    bytes.fill(0x20, Math.floor(bytes.length * from), Math.floor(bytes.length * to));
    const x = await extractPdf(bytes);
    expect(only(x)).toEqual([['MZ-PDF-DAMAGED', 'error']]);
    expect(x.diagnostics[0].message).toContain('已损坏');
  });

  it('a file that only begins like a PDF', async () => {
    const x = await extractPdf(new TextEncoder().encode('%PDF-1.7\n这不是 PDF\n%%EOF\n'));
    expect(only(x)).toEqual([['MZ-PDF-DAMAGED', 'error']]);
  });

  it('a scanned PDF: no text layer at all', async () => {
    const x = await extractPdf(fixture('scanned.pdf'));
    expect(only(x)).toEqual([['MZ-PDF-NO-TEXT', 'error']]);
    expect(x.diagnostics[0].message).toContain('OCR');
  });

  it('a scanned page among text pages: named, the rest is read', async () => {
    const x = await extractPdf(fixture('mixed.pdf'));
    expect(only(x)).toEqual([['MZ-PDF-PAGE-NO-TEXT', 'warning']]);
    expect(x.diagnostics[0].message).toContain('第 2 页');
    expect(x.diagnostics[0].line).toBe(x.view.pageLines[1]);
    expect(x.pages[0].lines.length).toBeGreaterThan(0);
  });

  it('a PDF that is no budget document', async () => {
    const x = await extractPdf(fixture('not-budget.pdf'));
    expect(only(x)).toEqual([['MZ-PDF-NOT-BUDGET', 'error']]);
    expect(x.view.lines).toEqual(['Minutes of the annual meeting of the chess club', 'Members present: 12']);
  });
});
