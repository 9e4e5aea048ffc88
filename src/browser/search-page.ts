// The search page: reads ?q= (the header form), searches the Pagefind index, lists results with the part of each
// page they concern, and offers filters and sorts. All interface text is Chinese; results are announced through the
// status region. Pagefind's files load only on this page.
import { latestLine, namesBureau, namesExcerpt } from './search-bureau.ts';
import { excerptIn, markedTerms, plainExcerpt, plainText, sameWords, type Excerpt } from './search-excerpt.ts';
import { figureLine, itemAsked, withFullNames } from './search-figures.ts';
import { looseQuery, normaliseQuery, type Query } from './search-query.ts';
import { rankSections, type Hit } from './search-sections.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: unknown;
  weighted_locations: Hit[];
}

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

interface Found {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters?: object; sort?: object }): Promise<Found | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const BASE = import.meta.env.BASE_URL;
/**
 * Results are shown a few at a time: each one fetches its page's indexed text (about 14 KB). A search shows at once
 * what a first screen holds, the rest of the first five when the list's end comes into view, then five more each
 * time 显示更多结果 is pressed (the list never grows by scrolling alone, so the footer stays reachable).
 */
const FIRST = 2;
const BATCH = 5;
const TYPING_PAUSE_MS = 300;
/** Filter groups in the order they are offered; the names are those the pages give Pagefind. */
const FILTERS = ['年度', '地区', '单位', '报告类型'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const options = $<HTMLDetailsElement>('search-options');
const filterBox = $<HTMLDivElement>('search-filters');
const status = $<HTMLParagraphElement>('search-status');
const resultsSection = $<HTMLElement>('search-results');
const list = $<HTMLOListElement>('search-list');
const more = $<HTMLButtonElement>('search-more');
const listed = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);
/** This site's latest scope's shards (src/search/shards.ts), searched by default. */
const latestShards = listed(form.dataset.shards);
/** Present when some reports may be in earlier years' shards; its value lists this site's. */
const archive = document.getElementById('search-archive') as HTMLInputElement | null;
/** On the national portal, the regions' sites, whose bundles are merged with this site's (src/load/build-scope.ts). */
const regions = JSON.parse(form.dataset.regions ?? '[]') as { name: string; url: string }[];
/** Regions whose index could not be read: the status says that their reports are missing from the results. */
const unreadRegions = new Set<string>();

/** One Pagefind instance per scope: the latest scope's shards, or those and every earlier year's shard. */
const instances = new Map<string, Promise<Pagefind>>();
let filtersReady: Promise<void> | null = null;
/** Each search gets a number; a slower earlier search must not overwrite a later one. */
let generation = 0;
let pending: Found['results'] = [];
let shown = 0;
/** The batch being fetched for a search: a press of the button and the list's end coming into view add it once. */
let adding: { run: number; done: Promise<void> } | null = null;

const allYears = () => archive?.checked === true;

function loadPagefind(): Promise<Pagefind> {
  const scope = allYears() ? 'all' : 'latest';
  let pagefind = instances.get(scope);
  if (!pagefind) instances.set(scope, (pagefind = bundlesOf(scope).then((bundles) => openIndex(scope, bundles))));
  return pagefind;
}

/** A Pagefind bundle: its folder, and the base path of the site whose pages it indexes. */
interface Bundle { path: string; base: string }

const bundles = (base: string, shards: string[]): Bundle[] => shards.map((shard) => ({ path: `${base}pagefind/${shard}/`, base }));

async function bundlesOf(scope: string): Promise<Bundle[]> {
  const own = bundles(BASE, scope === 'all' ? [...latestShards, ...listed(archive?.value)] : latestShards);
  const regional = await Promise.all(regions.map(async (region) => {
    const shards = await regionShards(region);
    return shards ? bundles(region.url, scope === 'all' ? [...shards.latest, ...shards.earlier] : shards.latest) : [];
  }));
  return [...own, ...regional.flat()];
}

const shardLists = new Map<string, Promise<{ latest: string[]; earlier: string[] } | null>>();

/** A region's pagefind/shards.json (src/search/pagefind.ts), read once; null when its site does not answer. */
function regionShards(region: { name: string; url: string }): Promise<{ latest: string[]; earlier: string[] } | null> {
  let list = shardLists.get(region.url);
  if (!list) {
    list = fetch(`${region.url}pagefind/shards.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))).catch(() => {
      unreadRegions.add(region.name);
      return null;
    });
    shardLists.set(region.url, list);
  }
  return list;
}

/**
 * The first bundle, with the others merged into it (they share its WebAssembly). A module URL of its own per scope
 * gives a separate Pagefind instance; both fetch the same index files.
 */
async function openIndex(scope: string, all: Bundle[]): Promise<Pagefind> {
  const [first, ...rest] = all;
  if (!first) throw new Error('no search index');
  const pf = (await import(/* @vite-ignore */ `${first.path}pagefind.js?scope=${scope}`)) as Pagefind;
  // The index stores root-relative URLs; under a base path results must carry it. No web worker: searching one
  // query is quick on the main thread, and the worker would be one more script (43 KB) to fetch first.
  await pf.options({ baseUrl: first.base, noWorker: true });
  await Promise.all(rest.map((b) => pf.mergeIndex(b.path, { baseUrl: b.base })));
  return pf;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const chosen: Record<string, { any: string[] }> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const name = box.dataset.filter!;
    (chosen[name] ??= { any: [] }).any.push(box.value);
  }
  return chosen;
}

function selectedSort(): Record<string, string> | undefined {
  const [key, order] = sortSelect.value.split(':');
  return key ? { [key]: order } : undefined;
}

/** Checkbox groups for the filters, built once from the index; counts are updated after each search. */
function buildFilters(all: Record<string, Record<string, number>>, checked: Set<string>): void {
  filterBox.replaceChildren(
    ...FILTERS.filter((name) => all[name]).map((name) => {
      const set = document.createElement('fieldset');
      set.className = 'search-filter';
      const legend = document.createElement('legend');
      legend.textContent = name;
      const items = document.createElement('ul');
      const values = Object.keys(all[name]).sort((a, b) => (name === '年度' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      items.append(...values.map((value, i) => filterItem(name, value, i, checked.has(`${name}:${value}`))));
      set.append(legend, items);
      return set;
    }),
  );
}

function filterItem(name: string, value: string, i: number, checked: boolean): HTMLLIElement {
  const li = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `filter-${FILTERS.indexOf(name)}-${i}`;
  box.value = value;
  box.checked = checked;
  box.dataset.filter = name;
  const label = document.createElement('label');
  label.htmlFor = box.id;
  const count = document.createElement('span');
  count.className = 'search-count';
  label.append(value, count);
  li.append(box, label);
  return li;
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const n = counts[box.dataset.filter!]?.[box.value];
    box.parentElement!.querySelector('.search-count')!.textContent = n === undefined ? '' : `（${n}）`;
  }
}

function ensureFilters(checked: Set<string> = new Set()): Promise<void> {
  filtersReady ??= loadPagefind().then(async (pf) => buildFilters(await pf.filters(), checked));
  return filtersReady;
}

/** The excerpt as DOM: text nodes and a <mark> for each term, never innerHTML (the text is the page's). */
function excerptNodes({ text, marks }: Excerpt): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** 「公务接待费：预算数 5.00 万元。」 states what the line 「公务接待费：预算数 5.00 万元（2019年度预算）」 does. */
const sameStatement = (excerpt: string, line: string) => sameWords(excerpt, line.replace(/（[^（）]*年度[^（）]*）$/, ''));

/**
 * The parts of a page to show, best first, each with the sentence that holds a term the reader typed; parts that
 * matched only pieces of it (费 in 办公费) are left out. With no such part, the best part as Pagefind found it.
 */
function partsToShow(data: ResultData): { part: SubResult | undefined; excerpt: Excerpt }[] {
  const ranked = rankSections(data.sub_results);
  const terms = markedTerms(words, withFullNames, plainText(data.content));
  const seen = new Set<string>();
  const withTerm = ranked.flatMap((part) => {
    const excerpt = excerptIn(data.content, part.excerpt, terms, part.title);
    return excerpt && !seen.has(excerpt.text) && seen.add(excerpt.text) ? [{ part, excerpt }] : [];
  });
  return withTerm.length > 0 ? withTerm : [{ part: ranked[0], excerpt: plainExcerpt(data.content, ranked[0]?.excerpt ?? data.excerpt) }];
}

function describe(meta: ResultData['meta']): string {
  return [meta.bureau, `${meta.year}年度`, meta.kind, meta.sangong && `“三公”经费决算 ${meta.sangong}`].filter(Boolean).join(' · ');
}

/** The bureau a query names, first in the list: its name linked to its page, its latest 三公 total, its names. */
function bureauItem(meta: ResultData['meta'], term: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = meta.bureauUrl!;
  link.textContent = meta.bureau!;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'search-about';
  about.textContent = ['单位', meta.region].filter(Boolean).join(' · ');
  li.append(heading, about);
  const latest = latestLine(meta);
  if (latest) li.append(latest);
  const names = document.createElement('p');
  names.className = 'search-excerpt';
  names.append(...excerptNodes(namesExcerpt(term, meta.names!)));
  li.append(names);
  return li;
}

/** The 三公 item the current query names, if any: its figures lead each result. */
let asked: ReturnType<typeof itemAsked> = null;
/** The words of the current query, as typed (without quotes): the excerpts mark these. */
let words: string[] = [];
/** The current query as typed, for the status line. */
let typed = '';

function resultItem(data: ResultData): HTMLLIElement {
  const figures = asked && figureLine(asked, data.meta, data.url);
  const parts = partsToShow(data);
  // The 三公 section states the item as the figure line does: the heading opens it, the excerpts say more.
  const [first, ...others] = parts.filter((p) => !figures || !sameStatement(p.excerpt.text, figures.textContent ?? ''));
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = parts[0]?.part?.url ?? data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'search-about';
  about.textContent = describe(data.meta);
  li.append(heading, about);
  if (figures) li.append(figures);
  if (first?.part?.anchor) {
    const part = document.createElement('p');
    part.className = 'search-part';
    part.textContent = `相关部分：${first.part.title}`;
    li.append(part);
  }
  if (first) {
    const quote = document.createElement('p');
    quote.className = 'search-excerpt';
    quote.append(...excerptNodes(first.excerpt));
    li.append(quote);
  }
  const rest = others.filter((o) => o.part?.anchor).slice(0, 3);
  if (rest.length > 0) li.append(otherParts(rest, data.meta.title ?? ''));
  return li;
}

function otherParts(parts: { part: SubResult | undefined; excerpt: Excerpt }[], title: string): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'search-subresults';
  ul.setAttribute('aria-label', `${title}中的其他相关部分`);
  ul.append(...parts.map(({ part, excerpt }) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = part!.url;
    a.textContent = part!.title;
    const quote = document.createElement('span');
    quote.className = 'search-excerpt';
    quote.append('：', ...excerptNodes(excerpt));
    li.append(a, quote);
    return li;
  }));
  return ul;
}

async function showMore(run: number, count: number, focusFirst: boolean): Promise<void> {
  const batch = pending.slice(shown, shown + count);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (run !== generation) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += items.length;
  more.hidden = shown >= pending.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/**
 * The next batch: up to the next multiple of five, so the first five are complete before the button adds more.
 * Asked for with the button, the status says how many are shown; filled in on scrolling, it keeps the search's count.
 */
function addBatch(pressed: boolean): Promise<void> {
  if (adding?.run === generation) return adding.done;
  const run = generation;
  const done = (async () => {
    busy(true);
    try {
      await showMore(run, BATCH - (shown % BATCH), pressed);
      if (run === generation) status.textContent = pressed ? `已显示 ${shown} 个页面，共 ${pending.length} 个。` : summary(typed, pending.length, shown);
    } finally {
      if (run === generation) busy(false);
      if (adding?.run === run) adding = null;
    }
  })();
  adding = { run, done };
  return done;
}

function writeUrl(q: string): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  if (allYears()) params.set('years', 'all');
  for (const [name, { any }] of Object.entries(selectedFilters())) for (const v of any) params.append('f', `${name}:${v}`);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

function clearResults(): void {
  pending = [];
  shown = 0;
  list.replaceChildren();
  resultsSection.hidden = true;
  more.hidden = true;
}

/** aria-busy on the results while they change, so assistive technology reads them once they are complete. */
function busy(on: boolean): void {
  resultsSection.setAttribute('aria-busy', String(on));
}

async function runSearch(): Promise<void> {
  const run = ++generation;
  busy(true);
  try {
    await searchAndShow(run);
  } finally {
    if (run === generation) busy(false);
  }
}

async function searchAndShow(run: number): Promise<void> {
  const query = normaliseQuery(input.value);
  const filters = selectedFilters();
  writeUrl(input.value.trim());
  if (!query.term && Object.keys(filters).length === 0) {
    clearResults();
    status.textContent = '';
    return;
  }
  try {
    const pf = await loadPagefind();
    const sort = selectedSort();
    // Short names (公车, 接待费) are searched as the reports write them; the status still quotes what was typed.
    const find = (q: Query) => pf.search(withFullNames(q.term) || null, { filters, ...(sort ? { sort } : {}) });
    let found = await find(query);
    if (found && found.results.length === 0 && query.exact) found = await find(looseQuery(query));
    if (run !== generation || !found) return;
    const item = itemAsked(query.term);
    // A query naming a 三公 item or a headline figure does not name a bureau.
    const first = item ? null : await bureauFirst(pf, query.term, filters, found.results);
    if (run !== generation) return;
    clearResults();
    asked = item;
    typed = query.term;
    words = query.term.replace(/"/g, ' ').split(' ').filter(Boolean);
    pending = first ? first.results : found.results;
    if (first) list.append(bureauItem(first.bureau, query.term));
    if (filtersReady) updateCounts(found.filters);
    await showMore(run, FIRST, false);
    if (run !== generation) return;
    resultsSection.hidden = pending.length === 0;
    status.textContent = summary(typed, pending.length, shown);
  } catch {
    if (run === generation) unavailable();
  }
}

/**
 * When the query is a bureau's name or short name, that bureau (the metadata of its newest report found) and the
 * results with its reports first, newest first; otherwise null. A report names its bureau in its title and facts,
 * so one of the bureau's reports is among the best few results for its name.
 */
async function bureauFirst(pf: Pagefind, term: string, filters: Record<string, { any: string[] }>, found: Found['results']): Promise<{ bureau: ResultData['meta']; results: Found['results'] } | null> {
  const top = await Promise.all(found.slice(0, FIRST).map((r) => r.data()));
  const named = top.find((d) => namesBureau(term, d.meta.names));
  if (!named) return null;
  const own = await pf.search(null, { filters: { ...filters, 单位: { any: [named.meta.bureau!] } }, sort: { year: 'desc' } });
  // Each of its reports as the query found it where it did, so that its excerpt shows the query's words.
  const byId = new Map(found.map((r) => [r.id, r]));
  const ownResults = (own?.results ?? []).map((r) => byId.get(r.id) ?? r);
  const ids = new Set(ownResults.map((r) => r.id));
  // Its newest report carries its latest 三公 total (src/search/index-attributes.ts).
  const newest = ownResults[0] ? (await ownResults[0].data()).meta : named.meta;
  return { bureau: newest, results: [...ownResults, ...found.filter((r) => !ids.has(r.id))] };
}

function unavailable(): void {
  clearResults();
  status.textContent = '搜索暂时无法使用：搜索索引未能加载。请稍后再试，或在单位列表中查找。';
}

function summary(term: string, count: number, shown: number): string {
  const what = term ? `“${term.replace(/"/g, '')}”` : '所选条件';
  const unread = unreadRegions.size > 0 ? `未能读取${[...unreadRegions].join('、')}的搜索索引，那里的报告不在结果中。` : '';
  if (count === 0) return `没有找到与${what}相关的页面。可以换一个词、减少词语或去掉筛选条件。${unread}`;
  return `${count > shown ? `${what}：找到 ${count} 个页面，按相关程度排列，先显示 ${shown} 个。` : `${what}：找到 ${count} 个页面。`}${unread}`;
}

function fromUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const header = document.getElementById('site-search') as HTMLInputElement | null;
  if (header) header.value = input.value;
  const sort = params.get('sort') ?? '';
  if ([...sortSelect.options].some((o) => o.value === sort)) sortSelect.value = sort;
  if (archive) archive.checked = params.get('years') === 'all';
  const checked = new Set(params.getAll('f'));
  if (checked.size > 0) {
    options.open = true;
    ensureFilters(checked).then(runSearch, unavailable);
  } else if (input.value.trim()) {
    void runSearch();
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typing);
  void runSearch();
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
});
sortSelect.addEventListener('change', () => void runSearch());
archive?.addEventListener('change', () => {
  // The filter values and their counts belong to the index searched: rebuild them for the other scope.
  const checked = new Set(Object.entries(selectedFilters()).flatMap(([name, { any }]) => any.map((v) => `${name}:${v}`)));
  filtersReady = null;
  filterBox.replaceChildren();
  if (options.open) ensureFilters(checked).then(runSearch, unavailable);
  else void runSearch();
});
filterBox.addEventListener('change', () => void runSearch());
options.addEventListener('toggle', () => {
  // Filter values load when first asked for (at scale the 单位 list is long); then the counts need a search.
  if (options.open && !filtersReady) ensureFilters().then(() => (generation > 0 ? runSearch() : undefined), unavailable);
});
more.addEventListener('click', () => void addBatch(true));
// The rest of the first five, once the reader has scrolled past the first ones (the button is hidden otherwise).
new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && shown < BATCH) void addBatch(false);
}).observe(more);

$('search-nojs').hidden = true;
form.hidden = false;
fromUrl();
