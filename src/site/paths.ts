// Every internal link goes through here so that the site works under any MZ_BASE.
import type { Kind } from '../model/schema.ts';

let givenBase: string | undefined;

/** The data step's worker thread runs outside Vite, which is what supplies import.meta.env: the build gives it the base. */
export function setBase(base: string): void {
  givenBase = base;
}

/** Site URL for a path given without leading slash: url('bureaus/') → "/base/bureaus/". The base always ends in "/". */
export function url(path = ''): string {
  return (givenBase ?? import.meta.env.BASE_URL) + path.replace(/^\/+/, '');
}

/** URL slugs for the report kinds: ASCII so that links survive copying into any tool. */
export const KIND_SLUGS: Record<Kind, string> = {
  部门决算: 'bumen-juesuan',
  单位决算: 'danwei-juesuan',
  部门预算: 'bumen-yusuan',
  单位预算: 'danwei-yusuan',
  绩效自评报告: 'jixiao-zipingjia',
  部门整体支出绩效自评报告: 'zhengti-jixiao-zipingjia',
};

export const bureauUrl = (bureauId: string) => url(`bureaus/${bureauId}/`);
/** A page of the 三公 table (src/views/list-pages.ts): /sangong/2022/, /sangong/2022/2/. */
export const sangongPageUrl = (p: { year: number; number: number }) => url(`sangong/${p.year}/${p.number > 1 ? `${p.number}/` : ''}`);
/** A page of the 单位比较 table: /compare/2022/, /compare/2022/2/. */
export const comparePageUrl = (p: { year: number; number: number }) => url(`compare/${p.year}/${p.number > 1 ? `${p.number}/` : ''}`);
/** A page of the bureau list when it is cut into pages: /bureaus/p/2/ (two segments: never a bureau's own page). */
export const bureauPageUrl = (p: { number: number }) => url(`bureaus/p/${p.number}/`);
export const reportUrl = (r: { bureauId: string; year: number; kind: Kind }) => url(`reports/${r.bureauId}/${r.year}/${KIND_SLUGS[r.kind]}/`);
/** A line of a report's published text, relative to the report page: its 原文 page holds the lines. */
/** The pages under a report's own: its 原文, 数据核对 and 报表. */
export type ReportPageName = 'original' | 'checks' | 'tables';

/** A page under the report's own, from the report's URL. */
export const subPageUrl = (reportUrl: string, page: ReportPageName) => `${reportUrl}${page}/`;

export const lineHref = (line: number) => `original/#L${line}`;
/** The same line from a page under the report page (数据核对, 报表): relative too, so that thousands of links stay short. */
export const subPageLineHref = (line: number) => `../${lineHref(line)}`;
