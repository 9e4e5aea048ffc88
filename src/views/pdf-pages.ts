// Where the lines of a PDF report were printed: links that open the published original at a line's page
// (original.pdf#page=N, which PDF viewers in browsers follow). A text report has no pages and gets no links.
import type { Report } from '../model/schema.ts';

export interface PageLink {
  page: number;
  href: string;
}

/** A line's page link, or null (a text report, or a line between pages). */
export type PageOf = (line: number) => PageLink | null;

export const noPages: PageOf = () => null;

/** `pdfUrl`: the published original's address; null when the report was not published from a PDF. */
export function pageLinks(r: Pick<Report, 'source'>, pdfUrl: string | null): PageOf {
  const pages = r.source.pages;
  if (!pages || pdfUrl === null) return noPages;
  return (line) => {
    const page = pages[line - 1];
    return page ? { page, href: `${pdfUrl}#page=${page}` } : null;
  };
}

/** The pages that lines were printed on, each once, in page order. */
export function pagesOf(pageOf: PageOf, lines: readonly number[]): PageLink[] {
  const byPage = new Map<number, PageLink>();
  for (const line of lines) {
    const link = pageOf(line);
    if (link && !byPage.has(link.page)) byPage.set(link.page, link);
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}
