// `npm ci` installs only what package-lock.json lists and refuses a lock that misses a package.json dependency or a
// platform's optional native package (Astro's compiler, Pagefind, esbuild …): every CI pipeline and every editor on
// Windows or macOS would fail. The lock must list every optional package of every package it holds, whatever platform
// wrote it, and CI installs with `npm ci` so that a lock out of sync fails there first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const lock = json('package-lock.json') as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
const manifest = json('package.json') as Record<string, Record<string, string> | undefined>;

/** Where Node would resolve `name` from the package at `from`: its own node_modules, then each folder above. */
function resolves(from: string, name: string): boolean {
  for (let at = from; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
    if (lock.packages[`${at ? `${at}/` : ''}node_modules/${name}`]) return true;
    if (at === '') return false;
  }
}

describe('package-lock.json', () => {
  it('holds every optional dependency of every package, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([at, p]) => Object.keys(p.optionalDependencies ?? {}).filter((d) => !resolves(at, d)).map((d) => `${at || '(root)'} → ${d}`));
    expect(missing).toEqual([]);
  });

  it('the other platforms\' compiler and Pagefind binaries are there', () => {
    for (const name of ['@astrojs/compiler-binding-darwin-arm64', '@astrojs/compiler-binding-win32-x64-msvc', '@pagefind/darwin-arm64', '@pagefind/windows-x64']) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });

  it('holds every dependency package.json names', () => {
    const names = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((k) => Object.keys(manifest[k] ?? {}));
    expect(names.filter((n) => !lock.packages[`node_modules/${n}`])).toEqual([]);
  });

  it('CI installs with npm ci', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n').filter((l) => !l.startsWith('#'));
    expect(ci).toContain('npm ci --no-audit --no-fund');
    expect(ci.filter((l) => /\bnpm (install|i)\b/.test(l))).toEqual([]);
  });
});
