// Assertions shared by the seed tests and the layout fixtures: a parsed report against the figures a person read
// from the document (../shared/seeds/expected.json), compared numerically ("0" = "0.00").
import { expect } from 'vitest';
import { equal, parseAmount, stripSpace } from '../../src/model/money.ts';
import type { Report, Table } from '../../src/model/schema.ts';

export const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : equal(a, b));

const at = (t: Table, row: Table['rows'][number], key: string) => row.cells[t.columns.findIndex((c) => c.key === key)].amount;

export function expectSummary(report: Report, expected: any): void {
  for (const [key, value] of Object.entries(expected.summary ?? {})) {
    const got = (report.summary as any)[key];
    expect(same(got, value as string), `${key}: ${got} vs ${value}`).toBe(true);
  }
}

/** 三公 figures; `toWan` converts what the report publishes (in its source's unit) before comparing. */
export function expectSangong(report: Report, expected: any, toWan: (v: string) => string = (v) => v): void {
  for (const side of ['budget', 'actual'] as const) {
    for (const [key, value] of Object.entries(expected.sangong[side])) {
      const got = (report.sangong[side] as any)[key];
      expect(got !== null && same(toWan(got), value as string), `${side}.${key}: ${got} vs ${value}`).toBe(true);
    }
  }
}

export function expect05Totals(report: Report, expected: any): void {
  const t05 = report.tables.find((t) => t.kind === 't05')!;
  const total = t05.rows.find((r) => r.role === 'total')!;
  for (const key of ['total', 'basic', 'project']) expect(same(at(t05, total, key), expected.table05Total[key]), `05 ${key}`).toBe(true);
}

export function expect01(report: Report, expected: any): void {
  const t01 = report.tables.find((t) => t.kind === 't01')!;
  const col = (key: string) => t01.columns.findIndex((c) => c.key === key);
  const find = (side: 'in' | 'out', name: RegExp) => {
    const row = t01.rows.find((r) => name.test(r.cells[col(`${side}.name`)].text.replace(/\s/g, '')));
    return row?.cells[col(`${side}.amount`)].amount ?? null;
  };
  for (const [name, value] of Object.entries(expected.table01.incomeItems)) expect(same(find('in', new RegExp(`[、]${name}$`)), value as string), name).toBe(true);
  for (const [name, value] of Object.entries(expected.table01.expenditureClasses)) expect(same(find('out', new RegExp(`[、]${name}$`)), value as string), name).toBe(true);
  expect(same(find('in', /^年初结转和结余$/), expected.table01.openingBalance)).toBe(true);
  expect(same(find('out', /^年末结转和结余$/), expected.table01.closingBalance)).toBe(true);
}

/** Each expected table is recognised and covers the line the person noted (`offset`: lines added on top). */
export function expectTables(report: Report, expected: any, offset: number): void {
  const kinds = report.tables.map((t) => t.kind);
  for (const k of ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09']) expect(kinds).toContain(k);
  for (const [key, text] of Object.entries(expected.tableLines as Record<string, string>)) {
    const start = Number(/^(\d+)/.exec(text)![1]) + offset;
    const table = report.tables.find((t) => t.kind === key)!;
    expect(table.lines[0][0] <= start && start <= table.lines.at(-1)![1], `${key} covers line ${start}`).toBe(true);
    if (/empty, declared/.test(text)) expect(table.declaredEmpty, `${key} declared empty`).not.toBeNull();
  }
}

export function expectMustFind(report: Report, expected: any, offset: number): void {
  const mismatches = report.findings.filter((f) => f.status === 'mismatch');
  for (const must of expected.mustFind) {
    const hit = mismatches.find((f) => must.lines.every((l: number) => [...f.expected.lines, ...f.actual.lines].includes(l + offset)));
    expect(hit, must.what).toBeDefined();
  }
}

/**
 * Every amount a standard table publishes is the one the tab-separated seed prints on that line, in that column
 * (a blank cell being zero). A totals row whose figure the seed prints out of its column (06: 公用经费合计 … 256.00)
 * is read as a person reads it: the figure right after its label.
 */
export function expectCellsAsInSeed(report: Report, seedText: string): void {
  const seed = seedText.split('\n');
  for (const table of report.tables.filter((t) => /^t0\d$/.test(t.kind))) {
    for (const row of table.rows) {
      const cells = seed[row.line - 1].split('\t');
      row.cells.forEach((cell, i) => {
        if (cell.amount === null) return;
        const printed = cells[i] === undefined || stripSpace(cells[i]) === '' ? '0' : parseAmount(cells[i]);
        const ok = printed !== null && equal(printed, cell.amount);
        expect(ok || afterItsLabel(cells, row.cells.slice(0, i).map((c) => c.text), cell.amount), `${table.kind} line ${row.line} column ${table.columns[i].key}: ${cell.amount} vs seed “${cells[i] ?? ''}”`).toBe(true);
      });
    }
  }
}

function afterItsLabel(seedCells: string[], before: string[], amount: string): boolean {
  const label = before.filter((t) => t !== '' && parseAmount(t) === null).at(-1);
  const k = label === undefined ? -1 : seedCells.findIndex((c) => stripSpace(c) === stripSpace(label));
  const next = k < 0 ? undefined : seedCells.slice(k + 1).find((c) => stripSpace(c) !== '');
  return next !== undefined && parseAmount(next) !== null && equal(parseAmount(next)!, amount);
}

/** Rows left out are reported at their line, listed as unrecognised, and kept as printed in the source. */
export function expectLeftOutRowsKept(report: Report, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const line of report.tables.flatMap((t) => t.omitted)) {
    expect(report.diagnostics.some((d) => d.code === 'MZ-ROW-UNSURE' && d.line === line), `diagnostic for line ${line}`).toBe(true);
    expect(report.unrecognised.some((u) => u.start <= line && line <= u.end), `unrecognised line ${line}`).toBe(true);
    expect(report.source.lines[line - 1]).toBe(lines[line - 1]);
  }
}
