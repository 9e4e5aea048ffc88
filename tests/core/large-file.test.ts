// A 20 MB report file is read whole and exactly: every line kept, every copy of the tables found. The generous
// timeout only guards against a hang; how fast it is belongs to the benchmark, not here.
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../src/pipeline/parse-bytes.ts';
import { loadSeeds } from './seeds.ts';

const MB20 = 20 * 2 ** 20;
const liling = loadSeeds().find((s) => s.name.startsWith('001'))!;

describe('a 20 MB text file', () => {
  it('one report repeated: all lines kept, each copy parsed and audited as the original', () => {
    const text = readFileSync(liling.contentPath, 'utf8');
    const copies = Math.ceil(MB20 / Buffer.byteLength(text));
    const bytes = Buffer.from(Array(copies).fill(text).join('\n'));
    expect(bytes.length).toBeGreaterThanOrEqual(MB20);
    const report = parseReportBytes(bytes, 'big.txt');
    expect(report.source.lines.join('\n')).toBe(bytes.toString());
    expect(report.tables.map((t) => t.kind)).toEqual(Array(copies).fill(liling.report.tables.map((t) => t.kind)).flat());
    const mismatches = (r: typeof report) => r.findings.filter((f) => f.status === 'mismatch').length;
    expect(mismatches(report)).toBe(copies * mismatches(liling.report));
    // The 三公 figures a person read from the original (6.00 budget, 2.62 actual, all 公务接待费).
    for (const side of ['budget', 'actual'] as const) {
      for (const [key, value] of Object.entries(liling.expected.sangong[side] as Record<string, string>)) {
        expect(new Decimal(report.sangong[side][key as keyof typeof report.sangong.budget]!).equals(value), `${side}.${key}`).toBe(true);
      }
    }
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 180_000);

  it('one line of 20 MB (a narrative without line breaks) is one line of text, read whole', () => {
    const sentence = '本部门2023年度一般公共预算财政拨款支出1035.05万元，主要用于医疗保障事务。';
    const text = sentence.repeat(Math.ceil(MB20 / Buffer.byteLength(sentence)));
    const report = parseReportBytes(Buffer.from(text), 'line.txt');
    expect(report.source.lines).toEqual([text]);
    expect(report.tables).toEqual([]);
    expect(report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('')).toBe(text);
  }, 180_000);
});
