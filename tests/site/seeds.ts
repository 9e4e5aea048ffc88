// The five seed reports as bundled in content/, with the figures a person read from them (expected.json). The seeds
// live in ../shared/seeds beside the checkout; a git worktree one folder further down finds them too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Report } from '../../src/model/schema.ts';
import { ROOT } from '../support/site.ts';

function seedsDir(): string {
  for (let dir = ROOT; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'seeds');
    if (existsSync(join(candidate, 'expected.json'))) return candidate;
  }
  throw new Error(`no shared/seeds/expected.json above ${ROOT}`);
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

export interface SeedPage {
  name: string;
  /** Absolute path of the bundled file under content/reports. */
  contentPath: string;
  report: Report;
  /** Seed line n is content line n + offset (front matter added on top). */
  offset: number;
  expected: any;
}

export function seedPages(): SeedPage[] {
  const dir = seedsDir();
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).reports;
  const contents = files(join(ROOT, 'content', 'reports')).map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  return Object.keys(expected).map((name) => {
    const seedText = readFileSync(join(dir, name), 'utf8');
    const match = contents.find((c) => c.text.endsWith(seedText));
    if (!match) throw new Error(`${name} is not bundled unchanged in content/`);
    const report = parseReport(match.text, match.p);
    return { name, contentPath: match.p, report, offset: report.source.bodyStart - 1, expected: expected[name] };
  });
}
