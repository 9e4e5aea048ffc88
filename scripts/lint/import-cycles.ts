// Import cycles among the project's own modules. A cycle means two modules each need the other, so neither stage
// reads on its own; tests/core/import-cycles.test.ts keeps the source tree free of them.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|mjs|astro)$/;
// Static imports and re-exports of relative paths; `import type` is included, as a type cycle still ties two modules.
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

/** Each file's relative imports, as absolute paths. */
export function importGraph(files: readonly string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): Map<string, string[]> {
  return new Map(files.map((f) => [f, [...read(f).matchAll(IMPORT)].map((m) => resolve(dirname(f), m[1]))]));
}

/** Every cycle, once, as the list of files around it (depth-first search; a back edge closes a cycle). */
export function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The cycles among the modules under `dirs`, with paths relative to `root`. */
export function projectCycles(root: string, dirs: readonly string[]): string[][] {
  const graph = importGraph(dirs.flatMap((d) => sourceFiles(join(root, d))));
  return cyclesIn(graph).map((c) => c.map((f) => relative(root, f)));
}
