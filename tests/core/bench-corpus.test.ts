// The benchmark's synthetic corpus must stay realistic: scaled figures exact, every generated report read by the
// parser like its seed (generateCorpus throws otherwise), every layout variant present.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, scaleFigure } from '../../scripts/bench/corpus.ts';
import { readRegistry } from '../../src/load/registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'mz-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scaleFigure', () => {
  it('multiplies exactly and prints as the source did', () => {
    expect(scaleFigure('1,070.62', 3)).toBe('3,211.86');
    expect(scaleFigure('999.5', 2)).toBe('1999.0');
    expect(scaleFigure('0.07', 12)).toBe('0.84');
    expect(scaleFigure('-3.5', 4)).toBe('-14.0');
    expect(scaleFigure('51,448.55', 11)).toBe('565,934.05');
    expect(scaleFigure('0', 7)).toBe('0');
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus(join(dir, 'content'), 40, join(import.meta.dirname, '..', '..', 'content'));
  it('writes N reports for registered bureaus, with every seed layout', () => {
    expect(corpus.files).toHaveLength(40);
    const { bureaus: registry, diagnostics } = readRegistry(readFileSync(join(dir, 'content', 'bureaus.yaml'), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(registry).toHaveLength(10);
    expect(new Set(corpus.files.map((f) => f.split('/reports/')[1].split('/')[0]))).toEqual(new Set(registry.map((b) => b.id)));
    expect(corpus.samples).toHaveLength(5);
  });
  it('names the generated bureau and year in front matter and text', () => {
    const text = readFileSync(corpus.files[0], 'utf8');
    expect(text.startsWith('---\nbureau: 长沙市医疗保障局\nyear: 2024\n')).toBe(true);
    expect(text).not.toContain('郴州市医疗保障局');
  });
});
