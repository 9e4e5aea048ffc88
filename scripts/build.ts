// `npm run build`: Astro renders into a fresh folder beside the output; the output is replaced only when the whole
// build (pages and search index) succeeded, so a failed build leaves the previous site in place.
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');

const out = resolve(process.env.MZ_OUT ?? 'dist');
const next = `${out}.next`;
const previous = `${out}.previous`;

const exists = (path: string) => stat(path).then(() => true, () => false);

await rm(next, { recursive: true, force: true });
try {
  await build({ root: process.cwd(), outDir: next });
} catch (e) {
  await rm(next, { recursive: true, force: true });
  console.error(`\n构建失败，${out} 保持不变。\n${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
await rm(previous, { recursive: true, force: true });
if (await exists(out)) await rename(out, previous);
await rename(next, out);
await rm(previous, { recursive: true, force: true });
console.log(`已生成 ${out}`);
