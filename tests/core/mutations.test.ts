// Mutated seeds (lines dropped, duplicated, swapped, truncated, cells blanked) never make the parser throw,
// and never make it publish an amount the input does not contain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, normalise } from '../../src/core/money.ts';
import { parseReport } from '../../src/core/parse-report.ts';
import type { Report } from '../../src/core/schema.ts';
import { loadSeeds } from './seeds.ts';

const seeds = loadSeeds();

type Mutation = { op: 'drop' | 'dup' | 'swap' | 'truncate' | 'blank'; at: number; arg: number };

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const { op, at, arg } of mutations) {
    const i = at % lines.length;
    const j = arg % lines.length;
    if (op === 'drop') lines.splice(i, 1);
    else if (op === 'dup') lines.splice(i, 0, lines[i]);
    else if (op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
    else if (op === 'truncate') lines[i] = lines[i].slice(0, arg % (lines[i].length + 1));
    else {
      const cells = lines[i].split('\t');
      cells[j % cells.length] = '';
      lines[i] = cells.join('\t');
    }
  }
  return lines.join('\n');
}

/** Every number printed in the text, as exact values (separators and padding removed). */
function numbersIn(text: string): Set<string> {
  const set = new Set<string>(['0']);
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) set.add(normalise(m[0].replace(/,/g, '')));
  return set;
}

function publishedAmounts(r: Report): string[] {
  const s = r.sangong;
  return [
    ...r.tables.flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => c.amount))),
    ...Object.values(s.budget), ...Object.values(s.actual),
    ...[r.summary.incomeTotal, r.summary.expenditureTotal, r.summary.grandTotal, r.summary.basicExpenditure, r.summary.projectExpenditure, r.summary.personnel, r.summary.publicFunds],
  ].filter((a): a is string => a !== null);
}

const mutation = fc.record({
  op: fc.constantFrom('drop', 'dup', 'swap', 'truncate', 'blank') as fc.Arbitrary<Mutation['op']>,
  at: fc.nat(),
  arg: fc.nat(),
});

function neverThrowsNorInvents(text: string, numRuns: number): void {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => {
      const mutated = mutate(text, ms);
      const report = parseReport(mutated, 'mutated.txt');
      const printed = numbersIn(mutated);
      for (const a of publishedAmounts(report)) {
        // A figure converted from 元 to 万元 appears in the input 10,000 times larger.
        expect(printed.has(normalise(a)) || printed.has(normalise(convert(a, '万元', '元'))), `amount ${a} not in input`).toBe(true);
      }
      const lineCount = mutated.split(/\r\n|\r|\n/).length;
      for (const f of report.findings) for (const l of [...f.expected.lines, ...f.actual.lines]) expect(l >= 1 && l <= lineCount).toBe(true);
    }),
    { numRuns, seed: 20261122 },
  );
}

describe.each(seeds)('$name under mutation', ({ seedText }) => {
  it('never throws and publishes only amounts printed in the input', () => neverThrowsNorInvents(seedText, 150), 300_000);
});

describe.each(['001-layout.txt', '001-single-spaced.txt', '000-split-codes.txt', '000-yuan.txt'])('fixture %s under mutation', (name) => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  it('never throws and publishes only amounts printed in the input', () => neverThrowsNorInvents(text, 40), 300_000);
});
