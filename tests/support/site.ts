// Builds the portal for tests (once per base path per test run) and serves it on a loopback port.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where the test build for a base path lives: ".cache/test-dist/root" or ".cache/test-dist/portal". */
export const distFor = (base: string) => join(ROOT, '.cache/test-dist', base.replace(/\//g, '') || 'root');

/**
 * The environment of a build run from a test: Vitest's own variables left out. It sets BASE_URL, MODE, DEV and
 * NODE_ENV for the code it tests, and Vite would take BASE_URL for the site's base instead of MZ_BASE's.
 */
function buildEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k));
  return { ...Object.fromEntries(own), ...vars };
}

/** Runs README's build command with the given base path into distFor(base). */
export function buildSite(base: string): string {
  const out = distFor(base);
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: buildEnv({ MZ_BASE: base, MZ_OUT: out }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

export interface BuildResult { status: number | null; stderr: string; stdout: string }

/** Runs the build command on another content folder (MZ_CONTENT) into `out`; failing builds are results, not throws. */
export function buildContent(content: string, out: string, base = '/', env: Record<string, string> = {}): BuildResult {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    // A cache of its own: builds of other content folders may run at the same time and prune theirs.
    env: buildEnv({ MZ_BASE: base, MZ_OUT: out, MZ_CONTENT: content, MZ_CACHE: `${out}.cache/`, ...env }),
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** Every file under dir, as paths relative to it with "/", sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The address of every page in a built site: "index.html" → "", "about/index.html" → "about/", "404.html" as is. */
export const pagePaths = (dir: string) => filesIn(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/(^|\/)index\.html$/, '$1'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};

export interface Served { url: string; server: Server; close(): Promise<void> }

/** A site folder served at a base path of the host. */
export interface Mount { base: string; dir: string }

/**
 * A static server like any web host: `base` maps to `dir`, folders serve index.html, misses serve 404.html.
 * `headers` are sent with every response, as a web server configured per README would (Content-Security-Policy).
 */
export function serve(dir: string, base = '/', headers: Record<string, string> = {}): Promise<Served> {
  return serveSites([{ base, dir }], headers);
}

/** Several sites on one host, as a national portal and its regions' portals are deployed: the longest base matches. */
export async function serveSites(mounts: readonly Mount[], headers: Record<string, string> = {}): Promise<Served> {
  const byLength = [...mounts].sort((a, b) => b.base.length - a.base.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const { base, dir } = byLength.find((m) => path.startsWith(m.base)) ?? byLength.at(-1)!;
    let file = path.startsWith(base) ? join(dir, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${mounts[0].base}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}
