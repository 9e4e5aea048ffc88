// HTML written as strings, for the parts of a page with thousands of elements (the original text): Astro renders
// each element of a list as a component expression, which on a report page costs more than all the rest.
import { noPages, type PageOf } from './pdf-pages.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * The published text, one <li id="L{n}"> per line, so every figure and check can point at its line. The first line
 * of each page of a PDF links to that page of the original.
 */
export function sourceLinesHtml(lines: readonly string[], pageOf: PageOf = noPages): string {
  return lines.map((text, i) => {
    const n = i + 1;
    const page = pageOf(n);
    const mark = page && pageOf(n - 1)?.page !== page.page ? ` <a class="page-link" href="${escapeHtml(page.href)}">PDF 第 ${page.page} 页</a>` : '';
    return `<li id="L${n}"><a class="line-no" href="#L${n}" aria-label="第 ${n} 行">${n}</a><span class="line-text">${escapeHtml(text)}${mark}</span></li>`;
  }).join('');
}
