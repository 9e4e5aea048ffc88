// Property test over the bundled reports: thousands of mutated inputs (lines dropped, duplicated, swapped, cut, joined,
// inserted; cells blanked, replaced, split, merged; bytes flipped, inserted, deleted in every supported encoding).
// For each: no exception escapes, every published amount is printed in the input, and every audit finding and
// diagnostic points at a line the file has. Fixed fast-check seeds keep CI repeatable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseReportBytes } from '../../src/pipeline/parse-bytes.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { BYTE_OPS, CELL_OPS, LINE_OPS, mutate, mutateBytes } from '../support/mutate.ts';
import { assertSound } from '../support/sound.ts';
import { loadSeeds } from './seeds.ts';

const seeds = loadSeeds();
const SEED = 20261122;
/** Runs per bundled report: whole reports are slow to parse, windows of 10–250 lines fast; 5 reports in all. */
const RUNS = { whole: 80, window: 300, bytes: 150 };
const TIMEOUT = 120_000;

// ---- what to mutate with ----------------------------------------------------------------------------------------

/** Text to put into a cell or line: amounts in every printed form, table vocabulary, markup, anything. */
const payload = fc.oneof(
  fc.integer({ min: -9_999_999, max: 99_999_999 }).map((n) => String(n)),
  fc.tuple(fc.nat(9_999_999), fc.nat(99)).map(([a, b]) => `${a.toLocaleString('en-US')}.${String(b).padStart(2, '0')}`),
  fc.tuple(fc.nat(99_999), fc.nat(9)).map(([a, b]) => `－${a}.${b}`),
  fc.constantFrom('合计', '总计', '小计', '单位：元', '单位：万元', '金额单位：万元', '公开09表', '项目', '决算数', '预算数',
    '一般公共预算财政拨款“三公”经费支出决算表', '收入支出决算总表', '“三公”经费支出决算为3.5万元', '2023年度', '---', '',
    '\u3000', '<script>alert(1)</script>', '{{x}}', '${x}', '\t\t'),
  fc.string({ maxLength: 12 }),
);

const edit = fc.record({
  op: fc.constantFrom(...LINE_OPS, ...CELL_OPS),
  at: fc.nat(),
  arg: fc.nat(),
  text: payload,
});

// ---- bytes ------------------------------------------------------------------------------------------------------

const ENCODERS: Record<string, (text: string) => Buffer> = {
  'UTF-8': (t) => Buffer.from(t),
  'UTF-8 BOM': (t) => Buffer.from(`\ufeff${t}`),
  'UTF-8 CRLF': (t) => Buffer.from(t.replace(/\n/g, '\r\n')),
  'UTF-16LE BOM': (t) => Buffer.from(`\ufeff${t}`, 'utf16le'),
  'UTF-16BE BOM': (t) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16(),
  'UTF-16LE': (t) => Buffer.from(t, 'utf16le'),
};

/** GBK and GB18030 copies made with iconv (see decode.test.ts): their lines are windows of the same report. */
const LEGACY: Record<string, string> = { '001': 'encodings/001-gbk-crlf.txt', '004': 'encodings/004-gb18030.txt' };

const byteEdit = fc.record({ op: fc.constantFrom(...BYTE_OPS), at: fc.nat(), byte: fc.nat(255) });

/** Up to `length` lines of the report from line `start` (modulo its length). */
const windowOf = <T>(lines: readonly T[], start: number, length: number): T[] => lines.slice(start % lines.length, (start % lines.length) + length);

function splitBytes(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  for (let at = 0; at <= bytes.length;) {
    const end = bytes.indexOf(0x0a, at);
    lines.push(bytes.subarray(at, end < 0 ? bytes.length : end));
    at = end < 0 ? bytes.length + 1 : end + 1;
  }
  return lines;
}

describe.each(seeds)('$name under mutation', ({ name, contentPath }) => {
  const lines = readFileSync(contentPath, 'utf8').split('\n');
  const legacy = LEGACY[name.slice(0, 3)];
  const legacyLines = legacy ? splitBytes(readFileSync(join(import.meta.dirname, '..', 'fixtures', legacy))) : null;

  it(`whole report, ${RUNS.whole} runs of 1–8 line and cell edits`, () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      const text = mutate(lines, edits);
      assertSound(parseReport(text, 'mutated.txt'), text);
    }), { numRuns: RUNS.whole, seed: SEED });
  }, TIMEOUT);

  it(`windows of 10–250 lines, ${RUNS.window} runs of 0–12 edits`, () => {
    const window = fc.record({ start: fc.nat(), length: fc.integer({ min: 10, max: 250 }) });
    fc.assert(fc.property(window, fc.array(edit, { maxLength: 12 }), ({ start, length }, edits) => {
      const text = mutate(windowOf(lines, start, length), edits);
      assertSound(parseReport(text, 'window.txt'), text);
    }), { numRuns: RUNS.window, seed: SEED + 1 });
  }, TIMEOUT);

  it(`bytes: windows in every encoding, ${RUNS.bytes} runs of 0–6 byte edits, decoded or refused`, () => {
    const encodings = [...Object.keys(ENCODERS), ...(legacyLines ? ['legacy'] : [])];
    const window = fc.record({ start: fc.nat(), length: fc.integer({ min: 1, max: 250 }), encoding: fc.constantFrom(...encodings) });
    fc.assert(fc.property(window, fc.array(byteEdit, { maxLength: 6 }), ({ start, length, encoding }, edits) => {
      const text = windowOf(lines, start, length).join('\n');
      const bytes = encoding === 'legacy' ? Buffer.concat(windowOf(legacyLines!, start, length).flatMap((l, i) => (i ? [Buffer.from([0x0a]), l] : [l]))) : ENCODERS[encoding](text);
      const report = parseReportBytes(mutateBytes(bytes, edits), 'bytes.txt');
      const refused = report.source.lines.length === 0;
      if (refused) {
        // A file that cannot be read publishes nothing and says why, once.
        if (report.diagnostics.length !== 1 || report.diagnostics[0].severity !== 'error' || report.tables.length > 0) throw new Error('refused file must carry exactly one error and no content');
        return;
      }
      const decoded = report.source.lines.join('\n');
      // Unedited bytes decode to exactly the text they encode (blank windows are refused above).
      if (edits.length === 0 && encoding !== 'legacy' && decoded !== text) throw new Error(`${encoding} did not round-trip`);
      assertSound(report, decoded);
    }), { numRuns: RUNS.bytes, seed: SEED + 2 });
  }, TIMEOUT);
});

/** Layouts the seeds do not have (pdftotext -layout, single spaces, split codes, 元), made from the seeds by fixtures/generate.ts. */
describe.each(['001-layout.txt', '001-single-spaced.txt', '000-split-codes.txt', '000-yuan.txt'])('fixture %s under mutation', (name) => {
  const lines = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8').split('\n');
  it(`${RUNS.whole / 2} runs of 1–8 line and cell edits`, () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      const text = mutate(lines, edits);
      assertSound(parseReport(text, name), text);
    }), { numRuns: RUNS.whole / 2, seed: SEED + 3 });
  }, TIMEOUT);
});
