// `npm run build`: Astro renders into a fresh folder beside the output; the output is replaced, in one step, only
// when the whole build (pages and search index) succeeded, so a failed or killed build leaves the previous site in
// place (src/publish/output-dir.ts).
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { newBuildDir, publishBuild } from '../src/publish/output-dir.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');

const out = resolve(process.env.MZ_OUT ?? 'dist');
const next = await newBuildDir(out);
try {
  await build({ root: process.cwd(), outDir: next });
} catch (e) {
  await rm(next, { recursive: true, force: true });
  console.error(`\n构建失败，${out} 保持不变。\n${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
await publishBuild(out, next);
console.log(`已生成 ${out}`);
