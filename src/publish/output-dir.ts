// The built site's folder is replaced in one step, so that a build killed at any moment leaves either the previous
// site or the new one, complete: `<out>` is a symbolic link to a build in `<out>.builds/`, and a new build is put in
// place by renaming a new link over it (rename replaces a link atomically; it cannot replace a folder that has
// files). The build replaced is kept until the next one, for readers that are still in it (a web server sending a
// page); every other build is a left-over and is removed.
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

const buildsOf = (out: string) => `${out}.builds`;

/** A new, empty folder to build into, beside the output. */
export async function newBuildDir(out: string): Promise<string> {
  await mkdir(buildsOf(out), { recursive: true });
  return mkdtemp(join(buildsOf(out), `${Date.now()}-`));
}

/** Makes `out` the site built in `dir` (made by newBuildDir) in one rename, then removes older builds. */
export async function publishBuild(out: string, dir: string): Promise<void> {
  let replaced = await target(out);
  const link = `${out}.link-${process.pid}`;
  await rm(link, { force: true });
  // Relative, so that the output can be moved or copied together with its builds.
  await symlink(join(basename(buildsOf(out)), basename(dir)), link);
  const current = await lstat(out).catch(() => null);
  // An output folder from before builds were linked: moved aside once, and kept as the build replaced.
  if (current && !current.isSymbolicLink()) await rename(out, (replaced = join(buildsOf(out), `folder-${Date.now()}`)));
  await rename(link, out);
  const keep = new Set([dir, replaced]);
  const builds = buildsOf(out);
  // Failed and killed builds, with their search staging folders, and the build before the one replaced.
  for (const name of await readdir(builds)) {
    if (!keep.has(join(builds, name))) await rm(join(builds, name), { recursive: true, force: true });
  }
}

/** The build folder the link `out` points to; null if `out` is not a link. */
const target = (out: string) => readlink(out).then((t) => resolve(out, '..', t), () => null);

/**
 * Copies the folder `from` to `to` whole or not at all: into a folder of its own beside `to`, then renamed, so a
 * process killed while copying leaves only that temporary folder (named `<to>.copying-<pid>`), never a partial `to`.
 */
export async function copyWhole(from: string, to: string): Promise<void> {
  const copying = `${to}.copying-${process.pid}`;
  await rm(copying, { recursive: true, force: true });
  await cp(from, copying, { recursive: true });
  await rename(copying, to);
}
