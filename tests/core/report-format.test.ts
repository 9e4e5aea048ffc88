// The public report format: the committed JSON Schema matches the zod schema, and identity rules hold.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/publish/json-schema.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('JSON Schema', () => {
  it('schema/report.schema.json is up to date (npm run generate)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'))).toEqual(reportJsonSchema());
  });
});

describe('npm run check -- --json', () => {
  it('prints only the report JSON, with the documented fields', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts', '--json', 'content/reports/chenzhou-ybj/2022/部门决算.txt'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const r = JSON.parse(out);
    expect(r.bureau).toBe('郴州市医疗保障局');
    expect(r.sangong.actual.total).toBe('6.22');
    expect(Object.keys(r.summary)).toEqual(expect.arrayContaining(['incomeTotal', 'expenditureTotal', 'grandTotal', 'basicExpenditure', 'projectExpenditure', 'personnel', 'publicFunds']));
    // The 三公 table's row as printed (公开09表: budget 9.00 in all, actual 6.22 in all).
    const printed = readFileSync(join(ROOT, r.provenance.file), 'utf8').split('\n').indexOf('9.00\t\t4.00\t\t4.00\t5.00\t6.22\t\t4.00\t\t4.00\t2.22') + 1;
    expect(printed).toBeGreaterThan(0);
    expect(r.sangong.source.line).toBe(printed);
    expect(r.provenance.file).toBe('content/reports/chenzhou-ybj/2022/部门决算.txt');
    expect(r.provenance.sha256).toBe(createHash('sha256').update(readFileSync(join(ROOT, r.provenance.file))).digest('hex'));
  });
});

describe('identity', () => {
  it('is an error naming the front-matter lines to add when neither front matter nor text gives it', () => {
    const r = parseReport('一、部门职责\n负责医疗保障工作。\n', 'content/reports/x/unknown.txt');
    const codes = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['MZ-ID-BUREAU', 'MZ-ID-YEAR']));
    expect(r.diagnostics.find((d) => d.code === 'MZ-ID-YEAR')!.message).toContain('year:');
  });
  it('warns when front matter and text disagree, and keeps the front matter', () => {
    const r = parseReport('---\nbureau: 邵阳市医疗保障局\nyear: 2022\n---\n2023 年度 邵阳市医疗保障局部门决算\n', 'a.txt');
    expect(r.year).toBe(2022);
    expect(r.diagnostics.map((d) => d.code)).toContain('MZ-ID-DISAGREE');
  });
  it('reads a title wrapped over three lines', () => {
    const r = parseReport('\n2022年度\n郴州市医疗保障局部\n门决算\n', 'a.txt');
    expect([r.bureau, r.year]).toEqual(['郴州市医疗保障局', 2022]);
  });
});

describe('npm run check', () => {
  it('exits 0 on the bundled content and prints the findings with file:line', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^content\/reports\/liling-ybj\/2022\/部门决算\.txt:407:1 warning .*\[MZ-A-NARRATIVE\]$/m);
    // Five text reports and four budget PDFs.
    expect(out).toContain('共检查 9 份报告：0 个错误');
  });
});
