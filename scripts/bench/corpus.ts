// The synthetic corpus: N reports made from the bundled seeds, one layout variant (seed) per bureau, four years
// per bureau, generated bureaus across Hunan's cities and counties. Amounts are multiplied by a whole factor per
// report, so every sum and cross-table identity still holds exactly; a factor is used for a seed only when the
// parser reads the scaled seed with the same findings and diagnostics as the original.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Bureau } from '../../src/load/registry.ts';
import type { Report } from '../../src/model/schema.ts';
import { splitLines } from '../../src/extract/source.ts';
import { DEPARTMENTS, REGIONS } from './names.ts';

const YEARS_PER_BUREAU = 4;
const LAST_YEAR = 2024;
const FACTORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12];

interface Seed {
  name: string;
  /** The seed's body lines, without front matter, and the parser's reading of them. */
  body: string[];
  bodyReport: Report;
  report: Report;
  /** Whole factors whose scaled text the parser reads like the seed. */
  factors: number[];
}

interface CorpusReport {
  bureau: Bureau;
  year: number;
  seed: Seed;
  factor: number;
  /** Path under reports/. */
  path: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(txt|md)$/.test(n) ? [join(dir, n)] : []));
}

/** "1,070.62" × 3 → "3,211.86": exact, with the printed decimals and thousands separators kept. */
export function scaleFigure(text: string, factor: number): string {
  const negative = text.startsWith('-');
  const [int, frac = ''] = text.replace(/^-|,/g, '').split('.');
  const digits = (BigInt(int + frac) * BigInt(factor)).toString().padStart(frac.length + 1, '0');
  let whole = digits.slice(0, digits.length - frac.length);
  if (text.includes(',')) whole = whole.replace(/\B(?=(\d{3})+$)/, ',').replace(/\B(?=(\d{3})+,)/g, ',');
  return `${negative ? '-' : ''}${whole}${frac ? `.${digits.slice(-frac.length)}` : ''}`;
}

const FIGURE = /(?<![\d.,])-?\d[\d,]*(?:\.\d+)?(?![\d.,])/g;
/** A figure the narrative states in 万元 (also written 「万」) or 元; 「万人」 is a count. */
const NARRATIVE_FIGURE = /(?<![\d.,])\d[\d,]*(?:\.\d+)?(?=\s*(?:万(?!人)|元))/g;

/** The seed's lines with every table amount and every 万元/元 figure of the narrative multiplied by `factor`. */
function scaleLines(lines: readonly string[], report: Report, factor: number): string[] {
  const amounts = new Map<number, Set<string>>();
  const tableLines = new Set<number>();
  for (const t of report.tables) {
    for (const [a, b] of t.lines) for (let l = a; l <= b; l++) tableLines.add(l);
    t.rows.forEach((r) => r.cells.forEach((c, i) => {
      // 绩效 score columns (分值, 得分) are points, not money.
      const column = t.columns[i];
      if (column?.role !== 'amount' || column.label.includes('分') || c.amount === null) return;
      amounts.set(c.line, (amounts.get(c.line) ?? new Set()).add(c.amount));
    }));
  }
  return lines.map((line, i) => {
    const own = amounts.get(i + 1);
    if (own) return line.replace(FIGURE, (f) => (own.has(f.replace(/,/g, '').replace(/^(-?)0+(?=\d)/, '$1')) ? scaleFigure(f, factor) : f));
    return tableLines.has(i + 1) ? line : line.replace(NARRATIVE_FIGURE, (f) => scaleFigure(f, factor));
  });
}

/**
 * What must not change when amounts are scaled: the tables read, the diagnostics, and which checks hold exactly.
 * A rounding residue is scaled with its figures (0.01 becomes 0.03 at ×3), so a check the seed passes within
 * rounding may become a mismatch; exact identities stay exact.
 */
function shape(r: Report): string {
  const outcome = (s: string) => (s === 'rounding' ? 'mismatch' : s);
  return JSON.stringify([r.tables.map((t) => [t.kind, t.rows.length]), r.findings.map((f) => outcome(f.status)), r.diagnostics.map((d) => d.code), r.unrecognised.length]);
}

function loadSeeds(contentDir: string): Seed[] {
  const dir = join(contentDir, 'reports');
  return files(dir).map((path) => {
    const text = readFileSync(path, 'utf8');
    const report = parseReport(text, path);
    const body = splitLines(text).slice(report.source.bodyStart - 1);
    const bodyReport = parseReport(body.join('\n'), path);
    const want = shape(bodyReport);
    const factors = FACTORS.filter((k) => shape(parseReport(scaleLines(body, bodyReport, k).join('\n'), path)) === want);
    return { name: path.slice(dir.length + 1), body, bodyReport, report, factors };
  });
}

/** Bureau i of the registry: regions vary fastest, departments rotate, so that any prefix spans levels and regions. */
function bureauAt(i: number): Bureau {
  const r = i % REGIONS.length;
  const d = (r + Math.floor(i / REGIONS.length)) % DEPARTMENTS.length;
  const region = REGIONS[r];
  const [dept, slug] = DEPARTMENTS[d];
  return { id: `${region.slug}-${slug}`, name: `${region.name}${dept}`, shortNames: [], region: region.region, level: region.level };
}

const MAX_REPORTS = REGIONS.length * DEPARTMENTS.length * YEARS_PER_BUREAU;
/** Enough bureaus for each of the five bundled seeds' layouts to appear. */
export const MIN_REPORTS = 5 * YEARS_PER_BUREAU;

/** A stable pseudo-random choice, so that the same N always gives the same corpus. */
const pick = <T>(list: readonly T[], key: number) => list[(key * 2654435761) % 4294967296 % list.length];

/** The n-th report of the corpus (0-based); n = N is the report the benchmark adds to an N-report corpus. */
function reportAt(n: number, seeds: Seed[]): CorpusReport {
  const bureauIndex = Math.floor(n / YEARS_PER_BUREAU);
  const bureau = bureauAt(bureauIndex);
  const seed = seeds[bureauIndex % seeds.length];
  const year = LAST_YEAR - (n % YEARS_PER_BUREAU);
  return { bureau, year, seed, factor: pick(seed.factors, n + 1), path: `${bureau.id}/${year}/${seed.report.kind}.txt` };
}

const NAME_SLOT = '\u0000';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The seed's body scaled, its years moved to `year`, and NAME_SLOT where it names its bureau. */
function reportBody(seed: Seed, factor: number, year: number): string {
  // A title may wrap the name over two lines; it is matched across one line break.
  const name = new RegExp([...seed.report.bureau!].map(escape).join('\\n?'), 'g');
  return scaleLines(seed.body, seed.bodyReport, factor).join('\n')
    .replace(name, NAME_SLOT)
    .replace(/(?<!\d)(?:19|20)\d{2}(?=\s*年)/g, (y) => String(Number(y) + year - seed.report.year!));
}

function reportText(r: CorpusReport, body = reportBody(r.seed, r.factor, r.year)): string {
  const front = stringify({ bureau: r.bureau.name, year: r.year, kind: r.seed.report.kind, region: r.bureau.region });
  return `---\n${front}---\n${body.replaceAll(NAME_SLOT, r.bureau.name)}`;
}

/** A generated report must read like its seed (same tables, checks and diagnostics), or the corpus is not realistic. */
function checkReading(r: CorpusReport, text: string): void {
  const got = shape(parseReport(text, r.path));
  const want = shape(r.seed.report);
  if (got !== want) throw new Error(`${r.path} (from ${r.seed.name}, ×${r.factor}) reads differently from its seed:\n${got}\n${want}`);
}

export interface Corpus {
  dir: string;
  reports: number;
  bureaus: number;
  bytes: number;
  /** Seed name → the factors used for it. */
  factors: Record<string, number[]>;
  /** Report files, in corpus order. */
  files: string[];
  /** One report per layout variant (seed): "reports/<bureau>/<year>/". */
  samples: { layout: string; folder: string }[];
  /** Writes the report that follows the last one (a new year of an existing bureau) and returns its path. */
  addOne(): string;
}

/** Writes content/bureaus.yaml and content/reports/… for n reports under dir (emptied first). */
export function generateCorpus(dir: string, n: number, contentDir: string, progress: (done: number) => void = () => {}): Corpus {
  if (n > MAX_REPORTS) throw new Error(`at most ${MAX_REPORTS} reports`);
  rmSync(dir, { recursive: true, force: true });
  const seeds = loadSeeds(contentDir);
  const bodies = new Map<string, string>();
  const write = (r: CorpusReport) => {
    // Reports of one seed, factor and year differ only in the bureau: the body is made and checked once.
    const key = `${r.seed.name}|${r.factor}|${r.year}`;
    let body = bodies.get(key);
    if (body === undefined) {
      body = reportBody(r.seed, r.factor, r.year);
      checkReading(r, reportText(r, body));
      bodies.set(key, body);
    }
    const text = reportText(r, body);
    const path = join(dir, 'reports', r.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return Buffer.byteLength(text);
  };
  let bytes = 0;
  const all = Array.from({ length: n }, (_, i) => reportAt(i, seeds));
  all.forEach((r, i) => {
    bytes += write(r);
    if ((i + 1) % 1000 === 0) progress(i + 1);
  });
  const bureaus = Array.from({ length: Math.ceil(n / YEARS_PER_BUREAU) }, (_, i) => bureauAt(i));
  writeFileSync(join(dir, 'bureaus.yaml'), stringify(bureaus));
  return {
    dir,
    reports: n,
    bureaus: bureaus.length,
    bytes,
    factors: Object.fromEntries(seeds.map((s) => [s.name, s.factors])),
    files: all.map((r) => join(dir, 'reports', r.path)),
    samples: seeds.flatMap((s) => {
      const r = all.find((x) => x.seed === s);
      return r ? [{ layout: s.name, folder: `reports/${r.bureau.id}/${r.year}/` }] : [];
    }),
    // A new year (after the last) for the first bureau: the registry stays as it is.
    addOne: () => {
      const r = reportAt(0, seeds);
      const added = { ...r, year: LAST_YEAR + 1, path: `${r.bureau.id}/${LAST_YEAR + 1}/${r.seed.report.kind}.txt` };
      write(added);
      return added.path;
    },
  };
}

/**
 * Removes every report but each bureau's newest year from a generated corpus: what a first search fetches depends on
 * the latest scope only (src/search/shards.ts), so a build of that part measures it. Returns the reports kept.
 */
export function keepNewestYear(dir: string): number {
  let kept = 0;
  for (const bureau of readdirSync(join(dir, 'reports'))) {
    const years = readdirSync(join(dir, 'reports', bureau)).sort();
    for (const year of years.slice(0, -1)) rmSync(join(dir, 'reports', bureau, year), { recursive: true });
    kept += readdirSync(join(dir, 'reports', bureau, years.at(-1)!)).length;
  }
  return kept;
}
