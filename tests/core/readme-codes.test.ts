// Diagnostic codes: one catalogue (src/model/diagnostic-codes.ts) that README's tables are made from, and that every
// code the sources name belongs to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { codeTables } from '../../scripts/docs/code-tables.ts';
import { DIAGNOSTICS, FINDINGS } from '../../src/model/diagnostic-codes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOGUE = join('model', 'diagnostic-codes.ts');
const sources = ['src', 'scripts'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== CATALOGUE).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')));
const catalogued = new Set([...Object.keys(DIAGNOSTICS), ...Object.keys(FINDINGS)]);

it('README carries the code tables as the catalogue makes them (npm run generate)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(codeTables());
  for (const code of catalogued) expect(readme).toContain(`| \`${code}\` |`);
});

it('every code named in the sources is in the catalogue, and every catalogued code is raised somewhere', () => {
  const named = new Set(sources.flatMap((s) => [...s.matchAll(/'(MZ-[A-Z0-9-]+)'/g)].map((m) => m[1])));
  expect(named.size).toBeGreaterThan(20);
  expect([...named].filter((c) => !catalogued.has(c))).toEqual([]);
  expect([...catalogued].filter((c) => !named.has(c))).toEqual([]);
});
