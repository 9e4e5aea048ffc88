// Every diagnostic code the code can emit is explained to editors in README (audit findings as the MZ-A-… family).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const sources = ['src', 'scripts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')));

it('README lists every diagnostic code', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const codes = new Set(sources.flatMap((s) => [...s.matchAll(/'(MZ-[A-Z0-9-]+)'/g)].map((m) => m[1])));
  expect(codes.size).toBeGreaterThan(20);
  const missing = [...codes].filter((c) => !(c.startsWith('MZ-A-') ? readme.includes('`MZ-A-…`') : readme.includes(`\`${c}\``)));
  expect(missing).toEqual([]);
});
