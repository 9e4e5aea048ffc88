// The PDFs bundled in content/ (the sample budgets): where each is on the portal, and its text as extracted, which
// is the text the portal shows and indexes for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/extract.ts';
import type { Kind } from '../../src/model/schema.ts';
import { KIND_SLUGS } from '../../src/site/paths.ts';
import { ROOT } from './site.ts';

export interface BundledPdf {
  page: string;
  bureauId: string;
  year: number;
  text: string;
}

export async function bundledPdfs(): Promise<BundledPdf[]> {
  const content = join(ROOT, 'content', 'reports');
  const pdfs = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).sort();
  return Promise.all(pdfs.map(async (f) => {
    const [bureauId, year, file] = relative(content, join(content, f)).split(sep);
    const { view } = await extractPdf(readFileSync(join(content, f)));
    return { page: `reports/${bureauId}/${year}/${KIND_SLUGS[file.replace(/\.pdf$/, '') as Kind]}/`, bureauId, year: Number(year), text: view.lines.join('\n') };
  }));
}
