// Property test over the sample PDFs: their extracted pages mutated as a damaged or odd PDF would give them (pages
// dropped, a row's items shuffled, items removed, items moved sideways) and their bytes truncated. For each: no
// exception escapes, every published amount is printed in what was read, every finding and diagnostic points at a
// line of it. Fixed fast-check seeds keep CI repeatable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/extract.ts';
import { textView, type PdfPage } from '../../src/extract/pdf/text-view.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { gridLines } from '../../src/parse/grid/lines.ts';
import { parsePdfBytes } from '../../src/pipeline/parse-pdf.ts';
import { parseSource } from '../../src/pipeline/parse-report.ts';
import { assertSound } from '../support/sound.ts';
import { sharedDir } from './seeds.ts';

const SAMPLES = sharedDir('samples');
const FILES = ['01-sh-putuo-wanli-street-2024-budget.pdf', '02-sh-putuo-justice-2026-budget.pdf', '04-js-procuratorate-2019-budget.pdf'];
const SEED = 20261204;
const RUNS = { pages: 40, bytes: 12 };
const TIMEOUT = 180_000;

const OPS = ['dropPage', 'shuffleRow', 'removeItem', 'shiftItem'] as const;
const edit = fc.record({ op: fc.constantFrom(...OPS), at: fc.nat(), arg: fc.nat(), shift: fc.integer({ min: -60, max: 60 }) });
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** A deep copy of the pages with the edits applied; pages are numbered again from 1, as a PDF with pages removed is. */
function mutatePages(pages: readonly PdfPage[], edits: readonly Edit[]): PdfPage[] {
  let out: PdfPage[] = structuredClone(pages) as PdfPage[];
  for (const e of edits) {
    if (e.op === 'dropPage' && out.length > 1) {
      out.splice(e.at % out.length, 1);
      continue;
    }
    const rows = out.flatMap((p) => p.lines);
    if (rows.length === 0) continue;
    const row = rows[e.at % rows.length];
    const i = e.arg % row.cells.length;
    if (e.op === 'shuffleRow') row.cells.push(...row.cells.splice(0, i));
    if (e.op === 'removeItem' && row.cells.length > 1) row.cells.splice(i, 1);
    if (e.op === 'shiftItem') {
      row.cells[i].x0 += e.shift;
      row.cells[i].x1 += e.shift;
    }
  }
  out = out.map((p, n) => ({ ...p, number: n + 1 }));
  return out;
}

describe.each(FILES)('%s under mutation', (file) => {
  const bytes = readFileSync(join(SAMPLES, file));

  it(`extracted pages, ${RUNS.pages} runs of 1–6 edits`, async () => {
    const { pages } = await extractPdf(bytes);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const mutated = mutatePages(pages, edits);
      const view = textView(mutated);
      const report = parseSource({ lines: view.lines, bodyStart: 1, frontMatter: {} }, file, new Diagnostics(), 'frontMatter', gridLines(mutated, view));
      assertSound(report, view.lines.join('\n'));
    }), { numRuns: RUNS.pages, seed: SEED });
  }, TIMEOUT);

  it(`bytes truncated, ${RUNS.bytes} runs: read what is there or refused, never thrown`, async () => {
    await fc.assert(fc.asyncProperty(fc.double({ min: 0.05, max: 0.98, noNaN: true }), async (share) => {
      const report = await parsePdfBytes(bytes.subarray(0, Math.floor(bytes.length * share)), file, null);
      assertSound(report, report.source.lines.join('\n'));
    }), { numRuns: RUNS.bytes, seed: SEED + 1 });
  }, TIMEOUT);
});
