// Runs `node scripts/build.ts` as README says (or another build: the bench's baseline), timing it from its log and sampling the memory of its whole process
// tree (the build and any process it starts, such as the search indexer) from /proc. The machine is shared, so the
// CPU time the build used (from /usr/bin/time) and the load average are recorded beside the wall time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';

interface Phases {
  /** Node and Astro start-up, config. */
  startup: number;
  /** Content layer: the loaders (parse, audit, store). */
  load: number;
  /** Types and the Vite bundle of the pages. */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  /** build:done hooks: the search index. */
  index: number;
  /** Swapping the output folder into place. */
  finish: number;
}

export interface BuildRun {
  wallMs: number;
  /** User + system CPU time of the build and the processes it waited for; null without /usr/bin/time. */
  cpuMs: number | null;
  /** Mean 1-minute load average while the build ran (2 cores: above 2, other work competed for them). */
  meanLoad: number;
  peakRssBytes: number;
  phases: Phases;
  /** Pages written, and how many of them Astro reused from its incremental cache instead of rendering. */
  pages: number;
  reused: number;
  exitCode: number;
  /** The last lines of output, for a failed build. */
  tail: string[];
}

const PAGE_SIZE = 4096;

/** Every process under `root` (inclusive), by scanning parent ids. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields after the last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
  return all;
}

function treeRss(root: number): number {
  let pages = 0;
  for (const pid of tree(root)) {
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // Ended between the scan and the read.
    }
  }
  return pages * PAGE_SIZE;
}

/** Log lines that open each phase, in order (Astro's own messages; `page(s) built` follows the build:done hooks). */
const MARKS: [keyof Phases, RegExp][] = [
  ['load', /\[content\] Syncing content/],
  ['bundle', /\[content\] Synced content/],
  ['render', /generating static routes/],
  ['index', /✓ Completed in/],
  ['finish', /page\(s\) built in/],
];

export interface Progress {
  (line: { elapsedMs: number; rssBytes: number; phase: string; pages: number }): void;
}

const TIME = '/usr/bin/time';
/** The line /usr/bin/time appends to stderr: "MZ-CPU <user s> <system s>". */
const CPU_LINE = /^MZ-CPU ([\d.]+) ([\d.]+)$/;

export function measureBuild(cwd: string, env: Record<string, string>, progress: Progress, args = ['scripts/build.ts']): Promise<BuildRun> {
  const started = performance.now();
  const command = [process.execPath, ...args];
  const timed = existsSync(TIME) ? [TIME, '-f', 'MZ-CPU %U %S', ...command] : command;
  const child = spawn(timed[0], timed.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let cpuMs: number | null = null;
  const loads: number[] = [];
  const at: Partial<Record<keyof Phases, number>> = {};
  let phase: keyof Phases = 'startup';
  let pages = 0;
  let reused = 0;
  let peak = 0;
  const tail: string[] = [];
  const onLine = (line: string) => {
    const cpu = CPU_LINE.exec(line);
    if (cpu) {
      cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
      return;
    }
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const next = MARKS.find(([name, re], i) => at[name] === undefined && re.test(line) && (i === 0 || at[MARKS[i - 1][0]] !== undefined));
    if (next) {
      at[next[0]] = performance.now();
      phase = next[0];
    }
    if (phase === 'render' && /[├└]─/.test(line)) {
      pages++;
      if (/\((restored|cached)\)/.test(line)) reused++;
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const sample = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    const rss = treeRss(child.pid);
    peak = Math.max(peak, rss);
    return rss;
  };
  let lastPrint = started;
  const timer = setInterval(() => {
    const rss = sample() ?? 0;
    loads.push(loadavg()[0]);
    const now = performance.now();
    if (now - lastPrint >= 10_000) {
      lastPrint = now;
      progress({ elapsedMs: now - started, rssBytes: rss, phase, pages });
    }
  }, 200);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const end = performance.now();
      const mark = (name: keyof Phases) => at[name];
      // A phase that did not happen (a failed build) counts as zero.
      const span = (from: keyof Phases | null, to: keyof Phases | null) => {
        const a = from === null ? started : mark(from);
        const b = to === null ? end : mark(to);
        return a !== undefined && b !== undefined ? Math.max(0, b - a) : 0;
      };
      done({
        wallMs: end - started,
        cpuMs,
        meanLoad: loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length),
        peakRssBytes: peak,
        phases: {
          startup: span(null, 'load'),
          load: span('load', 'bundle'),
          bundle: span('bundle', 'render'),
          render: span('render', 'index'),
          index: span('index', 'finish'),
          finish: span('finish', null),
        },
        pages,
        reused,
        exitCode: code ?? 1,
        tail,
      });
    });
  });
}
