// The benchmark's PDF figures (scripts/bench/pdf.ts): it finds shared/samples as the tests do, and counts pages
// and times per page and per document.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPdfs, pdfTable, samplesDir } from '../../scripts/bench/pdf.ts';
import { sharedDir } from './seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('bench: PDF extraction', () => {
  it('finds shared/samples beside the repository (or an ancestor), where the tests find it', () => {
    expect(samplesDir(ROOT)).toBe(sharedDir('samples'));
  });

  it('times each page and document of the PDFs in a folder', async () => {
    const dir = join(ROOT, '.cache/test-content/bench-pdf');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(import.meta.dirname, 'fixtures/pdf/sangong-page.pdf'), join(dir, 'a.pdf'));
    copyFileSync(join(import.meta.dirname, 'fixtures/pdf/mixed.pdf'), join(dir, 'b.pdf'));
    const bench = await benchPdfs(dir);
    expect(bench.documents.map((d) => [d.file, d.pages])).toEqual([['a.pdf', 1], ['b.pdf', 2]]);
    expect(bench.perPage.worstMs).toBeGreaterThanOrEqual(bench.perPage.meanMs);
    expect(bench.perDocument.worstMs).toBeGreaterThanOrEqual(bench.perDocument.meanMs);
    expect(bench.peakRssBytes).toBeGreaterThan(0);
    expect(pdfTable(bench)).toMatch(/per page: mean [\d.]+ ms, worst [\d.]+ ms/);
  });
});
