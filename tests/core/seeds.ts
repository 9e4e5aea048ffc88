// The five seed reports as bundled in content/, paired with the hand-read figures in ../shared/seeds/expected.json.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Report } from '../../src/model/schema.ts';

/** ../shared/<name> beside the repository; a git worktree nested deeper finds it in the nearest ancestor folder. */
export function sharedDir(name: string): string {
  for (let dir = join(import.meta.dirname, '..', '..', '..'); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', name))) return join(dir, 'shared', name);
    if (dir === dirname(dir)) throw new Error(`shared/${name} not found beside the repository`);
  }
}

export const SEEDS = sharedDir('seeds');
const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'reports');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

export interface Seed {
  name: string;
  seedText: string;
  contentPath: string;
  report: Report;
  /** Seed line n is content line n + offset (front matter added on top). */
  offset: number;
  expected: any;
}

export function loadSeeds(): Seed[] {
  const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports;
  const contents = files(CONTENT).map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  return Object.keys(expected).map((name) => {
    const seedText = readFileSync(join(SEEDS, name), 'utf8');
    const match = contents.find((c) => c.text.endsWith(seedText));
    if (!match) throw new Error(`${name} is not bundled unchanged in content/`);
    const report = parseReport(match.text, match.p);
    return { name, seedText, contentPath: match.p, report, offset: report.source.bodyStart - 1, expected: expected[name] };
  });
}
