import { describe, expect, it } from 'vitest';
import { cyclesIn, importGraph, projectCycles } from '../../scripts/lint/import-cycles.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('import cycles', () => {
  it('finds a cycle through type imports and re-exports', () => {
    const files: Record<string, string> = {
      '/p/a.ts': "import { b } from './b.ts';",
      '/p/b.ts': "import type { C } from './sub/c.ts';\nimport { x } from 'node:fs';",
      '/p/sub/c.ts': "export { a } from '../a.ts';",
      '/p/d.ts': "import { a } from './a.ts';",
    };
    expect(cyclesIn(importGraph(Object.keys(files), (p) => files[p]))).toEqual([['/p/a.ts', '/p/b.ts', '/p/sub/c.ts']]);
  });

  it('there are none among the source modules and scripts', () => {
    expect(projectCycles(ROOT, ['src', 'scripts'])).toEqual([]);
  });
});
