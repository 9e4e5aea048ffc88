// `npm run bench [-- --n 100,1000] [-- --pdf]`: first PDF extraction on the real PDFs in ../shared/samples (ms per
// page and per document, peak memory; `--pdf` stops there), then builds synthetic corpora of N reports (default
// 100, 1,000 and 10,000) from scratch as `npm run build` does, then rebuilds after adding one report and after
// changing nothing; measures parse speed, build time and memory by phase, output size, page weights and a first
// search. Prints a table (progress as it goes) and writes bench-out/bench-<date>.json. Not a test: it prints
// figures, it does not judge. `--first-search` measures only a first search at each N, building just the part of
// the corpus it fetches (each bureau's newest report): minutes where the whole run at 10,000 takes most of an hour.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, keepNewestYear, MIN_REPORTS } from './bench/corpus.ts';
import { measureBuild, type BuildRun } from './bench/measure.ts';
import { throughput } from './bench/throughput.ts';
import { cpu, gb, goals, kb, mb, s, table, type SizeResult, type Skipped } from './bench/report.ts';
import { distSize, weights } from './bench/weights.ts';
import { benchPdfs, pdfTable, samplesDir, type PdfBench } from './bench/pdf.ts';

const ROOT = resolve(import.meta.dirname, '..');
const THROUGHPUT_SAMPLE = 300;

function log(n: number, message: string): void {
  console.log(`[N=${n}] ${message}`);
}

/** The bare Astro + Pagefind site over the same files, built with the project's Astro in its own folder (where its
 * .astro and Vite caches go, not into the project's). */
const BASELINE = { cwd: join(ROOT, 'scripts/bench/baseline'), args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'] };

async function build(n: number, label: string, env: Record<string, string>, { cwd, args }: { cwd: string; args?: string[] } = { cwd: ROOT }): Promise<BuildRun> {
  log(n, `${label}…`);
  const run = await measureBuild(cwd, env, (p) => log(n, `  ${label}: ${s(p.elapsedMs)} s, ${p.phase}, ${p.pages} pages, RSS ${gb(p.rssBytes)} GB`), args);
  if (run.exitCode !== 0) throw new Error(`${label} failed:\n${run.tail.join('\n')}`);
  log(n, `  ${label}: ${s(run.wallMs)} s (CPU ${cpu(run)} s, mean load ${run.meanLoad.toFixed(1)}), peak RSS ${gb(run.peakRssBytes)} GB, ${run.pages} pages (${run.reused} reused)`);
  return run;
}

/**
 * Pagefind indexes the bare site's pages in one run, about 4.8 MB of memory per page (4.8 GB at 1,000, 6 December):
 * where that would not fit in this machine's memory the bare build is not run, rather than have the kernel stop it,
 * or another process, half an hour in.
 */
const BARE_BYTES_PER_REPORT = 4.8e6;

async function bareBuild(n: number, content: string, work: string): Promise<BuildRun | Skipped> {
  const needs = n * BARE_BYTES_PER_REPORT;
  if (needs > 0.8 * totalmem()) {
    const skipped = `not run: needs about ${gb(needs)} GB (${BARE_BYTES_PER_REPORT / 1e6} MB a page), this machine has ${gb(totalmem())} GB`;
    log(n, `bare Astro + Pagefind ${skipped}`);
    return { skipped };
  }
  const run = await build(n, 'bare Astro + Pagefind over the same files', { MZ_CONTENT: content, MZ_OUT: join(work, 'baseline-dist'), MZ_CACHE: join(work, 'baseline-cache') }, BASELINE);
  rmSync(join(work, 'baseline-dist'), { recursive: true, force: true });
  return run;
}

async function measureSize(n: number): Promise<SizeResult> {
  const work = join(tmpdir(), `mingzhang-bench-${process.pid}`, `n${n}`);
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const env = { MZ_CONTENT: content, MZ_OUT: out, MZ_CACHE: join(work, 'cache') + '/' };
  log(n, `generating the corpus in ${content}`);
  const corpus = generateCorpus(content, n, join(ROOT, 'content'), (done) => log(n, `  ${done} reports written`));
  log(n, `  ${corpus.reports} reports, ${corpus.bureaus} bureaus, ${mb(corpus.bytes)} MB`);
  log(n, `parse throughput on ${Math.min(n, THROUGHPUT_SAMPLE)} reports…`);
  const speed = throughput(corpus.files.slice(0, THROUGHPUT_SAMPLE));
  log(n, `  parse + audit ${speed.parse.mbPerS.toFixed(1)} MB/s; read + split ${speed.readSplit.mbPerS.toFixed(1)} MB/s`);
  const cold = await build(n, 'cold build', env);
  const dist = distSize(out);
  const baseline = await bareBuild(n, content, work);
  if ('wallMs' in baseline) log(n, `  ratio of the cold build to the bare one: ${(cold.wallMs / baseline.wallMs).toFixed(2)}`);
  log(n, 'page weights and first search in Chromium…');
  const reportPaths = corpus.samples.map((sample) => {
    const folder = join(out, sample.folder);
    return `${sample.folder}${readdirSync(folder)[0]}/`;
  });
  const pageWeights = await weights(out, reportPaths);
  corpus.addOne();
  const addOne = await build(n, 'rebuild after adding one report', env);
  const noChange = await build(n, 'rebuild after changing nothing', env);
  rmSync(work, { recursive: true, force: true });
  const { reports, bureaus, bytes, factors, samples } = corpus;
  return { n, corpus: { reports, bureaus, bytes, factors, samples }, throughput: speed, cold, baseline, addOne, noChange, dist, weights: pageWeights };
}

/** A first search at N reports: the latest scope of the N-report corpus built alone, then the search measured. */
async function measureFirstSearch(n: number): Promise<void> {
  const work = join(tmpdir(), `mingzhang-bench-${process.pid}`, `search-n${n}`);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  generateCorpus(content, n, join(ROOT, 'content'));
  const kept = keepNewestYear(content);
  log(n, `latest scope: ${kept} reports of ${n}`);
  await build(n, 'build of the latest scope', { MZ_CONTENT: content, MZ_OUT: out, MZ_CACHE: join(work, 'cache') + '/' });
  const { search } = await weights(out, []);
  log(n, search ? `first search ${search.query}: ${kb(search.bytes)} KB in ${search.requests} requests, ${search.results} results shown, ${search.ms.toFixed(0)} ms` : 'no search index');
  rmSync(work, { recursive: true, force: true });
}

const { values } = parseArgs({ options: { n: { type: 'string', multiple: true }, pdf: { type: 'boolean', default: false }, 'first-search': { type: 'boolean', default: false } } });
const sizes = (values.n ?? ['500,1000,10000']).flatMap((v) => v.split(',')).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < MIN_REPORTS)) {
  console.error(`用法：npm run bench -- --n 100,1000（N 至少为 ${MIN_REPORTS}，使每种版式都出现）`);
  process.exit(2);
}

if (values['first-search']) {
  for (const n of sizes) await measureFirstSearch(n);
  process.exit(0);
}

const started = new Date();
const results: SizeResult[] = [];
const machine = { cpus: availableParallelism(), memoryBytes: totalmem(), node: process.version };
const outDir = join(ROOT, 'bench-out');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
const samples = samplesDir(ROOT);
let pdf: PdfBench | null = null;
if (samples) {
  console.log(`PDF extraction on ${samples}…`);
  pdf = await benchPdfs(samples);
  console.log(`\n${pdfTable(pdf)}\n`);
} else {
  console.log('No shared/samples beside the repository: PDF extraction not measured.');
}
writeFileSync(outFile, JSON.stringify({ started: started.toISOString(), machine, pdf, results }, null, 2) + '\n');
for (const n of values.pdf ? [] : sizes) {
  results.push(await measureSize(n));
  // Written after each size, so that a long run that is stopped keeps what it measured.
  writeFileSync(outFile, JSON.stringify({ started: started.toISOString(), machine, pdf, results }, null, 2) + '\n');
  console.log(`\n${table(results)}\n\n${goals(results)}\n`);
}
rmSync(join(tmpdir(), `mingzhang-bench-${process.pid}`), { recursive: true, force: true });
console.log(`Figures written to ${outFile}`);
