// HTML written as strings, for the parts of a page with thousands of elements (the original text, table bodies, the
// checks): Astro renders each element of a list as a component expression, which on a report page costs more than
// all the rest.
import type { Finding } from '../model/schema.ts';
import { STATUS_LABELS } from '../model/domain.ts';
import { amountText } from './format.ts';
import { noPages, pagesOf, type PageLink, type PageOf } from './pdf-pages.ts';
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

/** Links into the published PDF at the pages given, after `before` (「，PDF 第 3 页、PDF 第 4 页」); nothing for a text report. */
export const pageLinksHtml = (links: readonly PageLink[], before = '') =>
  links.length === 0 ? '' : escapeHtml(before) + links.map((l) => `<a class="page-link" href="${escapeHtml(l.href)}">PDF 第 ${l.page} 页</a>`).join('、');

/** One side of a check: its label, its value and the lines (and PDF pages) it was read from. */
function findingSideHtml(side: Finding['expected'], pageOf: PageOf, lineLink: (line: number) => string): string {
  const refs = side.lines.length === 0 ? ''
    : `<span class="line-refs">（原文${side.lines.map((l) => `<a href="${escapeHtml(lineLink(l))}">第 ${l} 行</a>`).join('')}${pageLinksHtml(pagesOf(pageOf, side.lines), '，')}）</span>`;
  return `<div><dt>${escapeHtml(side.label)}</dt><dd>${escapeHtml(amountText(side.value))}${refs}</dd></div>`;
}

/** A list of checks, one <li> each: the rule, both sides with their lines, and the difference where it does not hold. */
export function findingListHtml(findings: readonly Finding[], pageOf: PageOf, lineLink: (line: number) => string): string {
  return findings.map((f) => {
    const difference = f.difference !== null && f.status !== 'holds'
      ? `<div><dt>差额</dt><dd>${escapeHtml(amountText(f.difference))}${f.tolerance !== null ? `（允许舍入误差 ${escapeHtml(amountText(f.tolerance))}）` : ''}</dd></div>`
      : '';
    // The message restates the rule; it adds something only when the check could not be made.
    const message = f.status === 'insufficient' ? `<p class="finding-message">${escapeHtml(f.message)}</p>` : '';
    return `<li class="finding finding-${f.status}"><p class="finding-head"><strong class="status">${STATUS_LABELS[f.status]}</strong> ${escapeHtml(f.rule)}</p>`
      + `<dl>${findingSideHtml(f.expected, pageOf, lineLink)}${findingSideHtml(f.actual, pageOf, lineLink)}${difference}</dl>${message}</li>`;
  }).join('');
}
