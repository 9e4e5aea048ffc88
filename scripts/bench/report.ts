// The benchmark's printed table and the goals, from the measured results.
import type { Corpus } from './corpus.ts';
import type { BuildRun } from './measure.ts';
import type { Throughput } from './throughput.ts';
import type { DistSize, Weights } from './weights.ts';

export interface SizeResult {
  n: number;
  corpus: Pick<Corpus, 'reports' | 'bureaus' | 'bytes' | 'factors' | 'samples'>;
  throughput: Throughput;
  cold: BuildRun;
  /** A bare Astro + Pagefind build of the same report files (scripts/bench/baseline/), unless it would not fit. */
  baseline: BuildRun | Skipped;
  addOne: BuildRun;
  noChange: BuildRun;
  dist: DistSize;
  weights: Weights;
}

/** A step the bench did not run, and why. */
export interface Skipped { skipped: string }

export const mb = (b: number) => (b / 1e6).toFixed(1);
export const gb = (b: number) => (b / 1e9).toFixed(2);
export const kb = (b: number) => (b / 1e3).toFixed(1);
export const s = (ms: number) => (ms / 1000).toFixed(1);

const bare = (r: SizeResult) => ('wallMs' in r.baseline ? r.baseline : null);
const ratio = (r: SizeResult) => {
  const run = bare(r);
  return run ? (r.cold.wallMs / run.wallMs).toFixed(2) : '—';
};

export const cpu = (run: BuildRun) => (run.cpuMs === null ? '?' : s(run.cpuMs));
const rebuild = (run: BuildRun) => `${s(run.wallMs)} (${cpu(run)}, ${gb(run.peakRssBytes)})`;

export function table(results: SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['reports / bureaus / corpus MB', (r) => `${r.corpus.reports} / ${r.corpus.bureaus} / ${mb(r.corpus.bytes)}`],
    ['parse+audit, 1 core: MB/s (reports/s)', (r) => `${r.throughput.parse.mbPerS.toFixed(1)} (${r.throughput.parse.reportsPerS.toFixed(0)})`],
    ['read+split, 1 core: MB/s (reports/s)', (r) => `${r.throughput.readSplit.mbPerS.toFixed(0)} (${r.throughput.readSplit.reportsPerS.toFixed(0)})`],
    ['cold build: wall s', (r) => s(r.cold.wallMs)],
    ['bare Astro + Pagefind, same files: wall s (GB)', (r) => { const run = bare(r); return run ? `${s(run.wallMs)} (${gb(run.peakRssBytes)})` : 'not run (memory)'; }],
    ['ratio, cold build / bare', ratio],
    ['cold build: peak RSS GB', (r) => gb(r.cold.peakRssBytes)],
    ['cold build: CPU s (mean load)', (r) => `${cpu(r.cold)} (${r.cold.meanLoad.toFixed(1)})`],
    ['  startup / load / bundle s', (r) => `${s(r.cold.phases.startup)} / ${s(r.cold.phases.load)} / ${s(r.cold.phases.bundle)}`],
    ['  render / index / finish s', (r) => `${s(r.cold.phases.render)} / ${s(r.cold.phases.index)} / ${s(r.cold.phases.finish)}`],
    ['rebuild, one report added: s (CPU s, GB)', (r) => rebuild(r.addOne)],
    ['  pages rendered / reused', (r) => `${r.addOne.pages - r.addOne.reused} / ${r.addOne.reused}`],
    ['rebuild, nothing changed: s (CPU s, GB)', (r) => rebuild(r.noChange)],
    ['dist: MB (files)', (r) => `${mb(r.dist.bytes)} (${r.dist.files})`],
    ['largest page KB', (r) => `${kb(r.dist.largest.bytes)} ${r.dist.largest.path.replace(/\/?index\.html$/, '/')}`],
    ['largest home / 三公 / bureau list / 单位比较 page HTML KB', (r) => `${kb(r.dist.lists.home)} / ${kb(r.dist.lists.sangong)} / ${kb(r.dist.lists.bureaus)} / ${kb(r.dist.lists.compare)}`],
    ['largest report page HTML KB', (r) => kb(r.dist.largestReport.bytes)],
    ['search index MB', (r) => (r.weights.search ? mb(r.weights.search.indexBytes) : 'n/a (no index)')],
    ['first search KB, page + index (requests, ms)', (r) => (r.weights.search ? `${kb(r.weights.search.bytes)} (${r.weights.search.requests}, ${r.weights.search.ms.toFixed(0)})` : 'n/a (no index)')],
    ['home page HTML / CSS / JS KB', (r) => `${kb(r.weights.home.html)} / ${kb(r.weights.home.css)} / ${kb(r.weights.home.js)}`],
    ...[0, 1, 2, 3, 4].map((i): [string, (r: SizeResult) => string] => [
      `report page ${i + 1} HTML / CSS / JS KB`,
      (r) => {
        const w = r.weights.reports[i];
        return w ? `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}` : '';
      },
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const head = `${'N'.padEnd(width)}  ${results.map((r) => String(r.n).padStart(22)).join('')}`;
  const lines = rows.map(([label, cell]) => `${label.padEnd(width)}  ${results.map((r) => cell(r).padStart(22)).join('')}`);
  const layouts = results[0]?.corpus.samples.map((sample, i) => `report page ${i + 1}: layout of ${sample.layout}`) ?? [];
  return [head, ...lines, '', ...layouts].join('\n');
}

/** The goals set for this machine (README "Performance"), for the sizes this run measured. */
export function goals(results: SizeResult[]): string {
  const at = (n: number) => results.find((r) => r.n === n);
  const line = (goal: string, value: string, holds: boolean | null) => `${holds === null ? 'n/a  ' : holds ? 'holds' : 'MISS '}  ${goal}: ${value}`;
  const lines: string[] = [];
  for (const r of [at(500), at(1000)].filter((r) => r !== undefined)) {
    const run = bare(r);
    const goal = `${r.n} reports: cold build / bare Astro + Pagefind <= 1.0`;
    lines.push(run ? line(goal, `${s(r.cold.wallMs)} s / ${s(run.wallMs)} s = ${ratio(r)}`, r.cold.wallMs <= run.wallMs) : line(goal, (r.baseline as Skipped).skipped, null));
  }
  const mid = at(1000);
  if (mid) {
    lines.push(line('1,000 reports build in < 60 s', `${s(mid.cold.wallMs)} s`, mid.cold.wallMs < 60_000));
    lines.push(line('adding one report to 1,000 < 1/5 of cold', `${s(mid.addOne.wallMs)} s of ${s(mid.cold.wallMs)} s`, mid.addOne.wallMs < mid.cold.wallMs / 5));
    lines.push(line('nothing changed at 1,000 < 1/10 of cold', `${s(mid.noChange.wallMs)} s of ${s(mid.cold.wallMs)} s`, mid.noChange.wallMs < mid.cold.wallMs / 10));
  }
  const big = at(10000);
  if (big) {
    const note = big.weights.search ? '' : ' (this build has no search index)';
    lines.push(line('10,000 reports build in < 600 s', `${s(big.cold.wallMs)} s${note}`, big.cold.wallMs < 600_000));
    lines.push(line('10,000 reports peak RSS < 8 GB', `${gb(big.cold.peakRssBytes)} GB${note}`, big.cold.peakRssBytes < 8e9));
    for (const [name, bytes] of Object.entries(big.dist.lists)) lines.push(line(`${name} page at 10,000 < 200 KB of HTML`, `${kb(bytes)} KB`, bytes < 200_000));
    lines.push(line('report page at 10,000 < 150 KB of HTML (largest)', `${kb(big.dist.largestReport.bytes)} KB`, big.dist.largestReport.bytes < 150_000));
    lines.push(line('first search at 10,000 fetches < 300 KB', big.weights.search ? `${kb(big.weights.search.bytes)} KB` : 'no index', big.weights.search ? big.weights.search.bytes < 300_000 : null));
  }
  const parse = Math.min(...results.map((r) => r.throughput.parse.mbPerS));
  lines.push(line('parse + audit >= 20 MB/s on one core', `${parse.toFixed(1)} MB/s (slowest run)`, parse >= 20));
  const js = Math.max(...results.flatMap((r) => r.weights.reports.map((w) => w.js)));
  lines.push(line('report pages load no JavaScript on load (sampled pages; charts not checked)', `${kb(js)} KB at most`, js === 0));
  return lines.join('\n');
}
