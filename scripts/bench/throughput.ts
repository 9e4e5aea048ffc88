// Parse + audit speed on one core (this thread), against only reading and line-splitting the same files. Rates are
// per second of this thread's CPU time, so that other work on a shared machine does not lower them; wall time is
// kept beside.
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { splitLines } from '../../src/extract/source.ts';

interface Rate {
  wallMs: number;
  cpuMs: number;
  /** Per CPU second of the thread. */
  mbPerS: number;
  reportsPerS: number;
}

export interface Throughput {
  reports: number;
  bytes: number;
  readSplit: Rate;
  parse: Rate;
}

/** CPU time is counted in clock ticks: fast work is repeated until it has run long enough to time. */
const MIN_CPU_MS = 1000;

function timed(files: readonly string[], bytes: number, work: (file: string) => void): Rate {
  const start = performance.now();
  const cpu = process.threadCpuUsage();
  let passes = 0;
  let cpuMs = 0;
  while (passes === 0 || cpuMs < MIN_CPU_MS) {
    for (const f of files) work(f);
    passes++;
    const used = process.threadCpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000;
  }
  const perSecond = (amount: number) => (amount * passes) / (cpuMs / 1000);
  return { wallMs: (performance.now() - start) / passes, cpuMs: cpuMs / passes, mbPerS: perSecond(bytes / 1e6), reportsPerS: perSecond(files.length) };
}

export function throughput(files: readonly string[]): Throughput {
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  // One pass first warms the JIT and the file cache, so both rates measure steady work rather than start-up.
  for (const f of files) parseReport(readFileSync(f, 'utf8'), f);
  return {
    reports: files.length,
    bytes,
    readSplit: timed(files, bytes, (f) => splitLines(readFileSync(f, 'utf8'))),
    parse: timed(files, bytes, (f) => parseReport(readFileSync(f, 'utf8'), f)),
  };
}
