// HTML written as strings, for the parts of a page with thousands of elements (the original text, table bodies):
// Astro renders each element of a list as a component expression, which on a report page costs more than all the rest.
import { noPages, type PageOf } from './pdf-pages.ts';
import type { TableView } from './table.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** ` name="value"` for each attribute that has a value. */
const attributes = (attrs: Record<string, string | undefined>) =>
  Object.entries(attrs).map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`)).join('');

const classes = (names: Record<string, boolean | undefined>) => Object.keys(names).filter((n) => names[n]).join(' ') || undefined;

const linked = (text: string, href: string | undefined) => (href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text));

/** The rows of a table's body: row headers with their ids, data cells with the headers they name. */
export function tableBodyHtml(body: TableView['body']): string {
  return body.map((row) => {
    const cells = row.cells.map((c) => (c.kind === 'th'
      ? `<th scope="row"${attributes({ id: c.id, class: classes({ nowrap: c.nowrap }) })}>${linked(c.text, c.href)}</th>`
      : `<td${attributes({ headers: c.headers, class: classes({ num: c.kind === 'num', nowrap: c.nowrap }) })}>${linked(c.text, c.href)}</td>`));
    return `<tr${attributes({ class: classes({ total: row.total }), ...row.data })}>${cells.join('')}</tr>`;
  }).join('');
}

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
