// The data step (step.ts) in the Astro build: started on a worker thread when the build starts (the content loaders
// have by then checked and listed the reports), its folders linked into the site when the pages are done.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { placeReportData, type DataStep } from './step.ts';

/** What an editor can do when the step fails: nothing in the reports causes it (the content check has passed). */
const failed = (what: string) => new Error(`生成各报告的数据文件（data/reports/）失败：${what}。报告内容已通过检查；请重新运行 npm run build，若仍失败，请把以上输出交给站点维护者。`);

function onWorker(cacheDir: string, base: string): Promise<DataStep> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { cacheDir, base } });
    worker.once('message', done);
    worker.once('error', (e) => fail(failed(e.message)));
    worker.once('exit', (code) => fail(failed(`线程提前退出（退出码 ${code}）`)));
  });
}

export default function reportData(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let step: Promise<DataStep> | undefined;
  return {
    name: 'mingzhang-report-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:build:start': () => {
        step = onWorker(cacheDir, base);
        // Its failure is reported where it is awaited, when the pages are done.
        step.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { folders, written } = await step!;
        await placeReportData(fileURLToPath(dir), folders);
        logger.info(`数据文件：${folders.length} 份报告，其中 ${written} 份重新生成`);
      },
    },
  };
}
