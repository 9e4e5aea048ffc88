// A query naming a bureau — its full name or a short name from the registry (邵阳医保) — shows that bureau first,
// linked to its page, with its latest 三公 total linked to the report that states it; then its reports, then the
// other results. Bureau pages are not in the index: each report carries its bureau's names and page, the reports of
// its newest year its latest total too.
import { termRanges, type Excerpt } from './search-excerpt.ts';
import { normaliseQuery } from './search-query.ts';

/** A name as typed or printed, without spaces or quotes: 「 “邵阳医保” 」 → 邵阳医保. */
const plain = (s: string) => normaliseQuery(s).term.replace(/[\s"]/g, '');

/** Whether the query is one of the bureau's names (metadata 「邵阳市医疗保障局、邵阳医保、邵阳市医保局」). */
export function namesBureau(term: string, names: string | undefined): boolean {
  const q = plain(term);
  return q !== '' && (names ?? '').split('、').some((n) => plain(n) === q);
}

/** The bureau's names, the one typed marked: 「邵阳市医疗保障局，简称邵阳医保、邵阳市医保局」. */
export function namesExcerpt(term: string, names: string): Excerpt {
  const [name, ...short] = names.split('、');
  const text = short.length > 0 ? `${name}，简称${short.join('、')}` : name;
  return { text, marks: termRanges(text, [plain(term)]) };
}

/** 「“三公”经费决算 8.21 万元（2023年度部门决算）」 linked to that report's 三公 table, or null for a bureau without one. */
export function latestLine(meta: Record<string, string | undefined>): HTMLParagraphElement | null {
  if (!meta.latest || !meta.latestUrl) return null;
  const p = document.createElement('p');
  p.className = 'search-figure';
  const link = document.createElement('a');
  link.href = meta.latestUrl;
  link.textContent = `最新${meta.latest}`;
  p.append(link);
  return p;
}
