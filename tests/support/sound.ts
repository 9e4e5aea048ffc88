// The properties every parsed input must have, mutated or not: every published amount is printed in the input, and
// every finding and diagnostic points at a line the input has. Throws (failing a property) otherwise.
import { abs, convert } from '../../src/model/money.ts';
import type { Report } from '../../src/model/schema.ts';

const SPACE = /[\s\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** A printed number by value: separators, leading and trailing zeros removed ("01,070.60" → "1070.6"). */
const canon = (s: string) => s.replace(/,/g, '').replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** Every number printed in the text, as written and as a cell with its padding and inner spaces removed. */
function numbersIn(text: string): Set<string> {
  const set = new Set<string>(['0']);
  const add = (s: string) => {
    for (const m of s.matchAll(/\d[\d,]*(?:\.\d+)?/g)) set.add(canon(m[0]));
  };
  add(text);
  for (const cell of text.split(/[\t\n]/)) {
    const stripped = cell.replace(SPACE, '');
    if (stripped !== cell) add(stripped);
  }
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

/** Throws (fails the property) when the report publishes a figure the input does not print or points past the file. */
export function assertSound(report: Report, input: string): void {
  const printed = numbersIn(input);
  for (const a of publishedAmounts(report)) {
    // A figure converted from 元 to 万元 is printed 10,000 times larger.
    if (!printed.has(canon(a.replace(/^-/, ''))) && !printed.has(canon(convert(abs(a), '万元', '元')))) {
      throw new Error(`amount ${a} is not printed in the input`);
    }
  }
  const lineCount = input.split(/\r\n|\r|\n/).length;
  for (const f of report.findings) {
    for (const l of [...f.expected.lines, ...f.actual.lines]) if (!(l >= 1 && l <= lineCount)) throw new Error(`finding ${f.code} points at line ${l} of ${lineCount}`);
  }
  for (const d of report.diagnostics) if (!(d.line >= 1 && d.line <= lineCount)) throw new Error(`diagnostic ${d.code} points at line ${d.line} of ${lineCount}`);
}

