// The comparison page narrowed to the bureaus the reader picks. The page lists every bureau and works without this
// script; the script offers the bureaus (compare/bureaus.json), reads the choice from the address (?b=<id>&b=<id>),
// gathers each year's rows of the chosen bureaus (from this page, or from the year's pages where the table is paged)
// into a table of their own with their 差额 rows, and keeps the address in step with the form, so that a comparison
// can be shared by its address.
import type { CompareIndex } from '../views/compare.ts';
import { differenceText } from '../views/compare-difference.ts';

const MIN = 2;
const MAX = 4;

type Bureau = CompareIndex['cities'][number]['bureaus'][number];
/** A chosen bureau's row of a year, in the table it was found in (its ids name that table). */
type Found = { row: HTMLTableRowElement; table: HTMLTableElement };

const form = document.querySelector<HTMLFormElement>('#compare-form');
const status = document.getElementById('compare-status');
const columns = (form?.dataset.differenceColumns ?? '').split(' ').map(Number);
const everyone = form?.dataset.everyone ?? '';
const bureaus = new Map<string, Bureau>();
let tablePages: CompareIndex['pages'] = {};
const nameOf = (id: string) => bureaus.get(id)?.name ?? id;
const boxes = () => [...(form?.querySelectorAll<HTMLInputElement>('input[name="b"]') ?? [])];

/** The choice in the order it was made: the first bureau is the one the others are taken from. */
let chosen: string[] = [];
/** Each call of show() numbers itself, so that a slower earlier one does not overwrite a later choice. */
let showing = 0;

function offer(index: CompareIndex, choices: Element): void {
  tablePages = index.pages;
  for (const { city, bureaus: list } of index.cities) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = city;
    const ul = document.createElement('ul');
    for (const b of list) {
      bureaus.set(b.id, b);
      const input = document.createElement('input');
      Object.assign(input, { type: 'checkbox', name: 'b', value: b.id });
      const label = document.createElement('label');
      label.append(input, ` ${b.name}`);
      const li = document.createElement('li');
      li.append(label);
      ul.append(li);
    }
    fieldset.append(legend, ul);
    choices.append(fieldset);
  }
}

function read(): string[] {
  return [...new Set(new URLSearchParams(location.search).getAll('b'))].filter((id) => bureaus.has(id));
}

function writeAddress(): void {
  const query = new URLSearchParams(chosen.map((id) => ['b', id])).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

const pages = new Map<string, Promise<Document>>();

/** A page of the table: this one, or another fetched once. */
function pageAt(href: string): Promise<Document> {
  if (new URL(href, location.href).pathname === location.pathname) return Promise.resolve(document);
  let page = pages.get(href);
  if (!page) {
    page = fetch(href)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${href}: ${r.status}`))))
      .then((text) => new DOMParser().parseFromString(text, 'text/html'));
    // A failed fetch is tried again on the next choice.
    page.catch(() => pages.delete(href));
    pages.set(href, page);
  }
  return page;
}

async function rowOf(id: string, year: string): Promise<Found | null> {
  const n = bureaus.get(id)?.rows[year];
  const href = n === undefined ? undefined : tablePages[year]?.[n];
  if (!href) return null;
  const table = (await pageAt(href)).getElementById(`compare-${year}`) as HTMLTableElement | null;
  const row = table?.querySelector<HTMLTableRowElement>(`tbody tr[data-bureau="${CSS.escape(id)}"]`);
  return table && row ? { row, table } : null;
}

/** The chosen rows as a table of their own, renamed so that its ids are unique on the page and its rows in order. */
function chosenTable(year: string, found: Found[]): HTMLElement {
  const source = found[0].table;
  const frame = document.importNode(source.closest('.table-scroll')!, true) as HTMLElement;
  const table = frame.querySelector('table')!;
  const to = `${source.id}-chosen`;
  const caption = `所选单位${year}年度“三公”经费与本年支出`;
  frame.setAttribute('aria-label', caption);
  table.caption!.firstChild!.textContent = caption;
  for (const cell of table.tHead!.querySelectorAll('th[id]')) cell.id = cell.id.replace(source.id, to);
  table.tBodies[0].replaceChildren(
    ...found.map(({ row, table: from }, k) => {
      const copy = document.importNode(row, true);
      const rename = (token: string) => token.replace(/-r\d+-/, `-r${k}-`).replace(from.id, to);
      for (const cell of copy.cells) {
        if (cell.id) cell.id = rename(cell.id);
        const headers = cell.getAttribute('headers');
        if (headers) cell.setAttribute('headers', headers.split(' ').map(rename).join(' '));
      }
      return copy;
    }),
  );
  table.id = to;
  frame.classList.add('compare-chosen');
  return frame;
}

/** A 差额 row under the table's rows: named by its own row header, each cell under the same column headers. */
function differenceRow(table: HTMLTableElement, first: HTMLTableRowElement, other: HTMLTableRowElement, n: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'difference';
  const id = `${table.id}-d${n}`;
  const head = document.createElement('th');
  head.scope = 'row';
  head.id = id;
  head.textContent = `差额：${first.cells[0].textContent!.trim()} − ${other.cells[0].textContent!.trim()}`;
  // The 报告 cell stays empty: a 差额 is of no one report.
  row.append(head, document.createElement('td'));
  for (let j = 2; j < first.cells.length; j++) {
    const cell = document.createElement('td');
    const template = first.cells[j];
    cell.className = template.className;
    const headers = template.getAttribute('headers')?.split(' ').filter((h) => !h.startsWith(`${table.id}-r`));
    if (headers) cell.setAttribute('headers', [id, ...headers].join(' '));
    if (columns.includes(j)) cell.textContent = differenceText(first.cells[j].textContent!, other.cells[j].textContent!);
    row.append(cell);
  }
  return row;
}

function showYear(section: HTMLElement, picked: string[], found: (Found | null)[]): void {
  section.querySelector('.compare-chosen')?.remove();
  section.querySelector('.compare-missing')?.remove();
  const present = found.filter((f) => f !== null);
  section.querySelector<HTMLElement>('.compare-all')!.hidden = picked.length > 0;
  section.hidden = picked.length > 0 && present.length === 0;
  if (present.length === 0) return;
  const frame = chosenTable(section.dataset.year!, present);
  const table = frame.querySelector('table')!;
  const [first, ...others] = [...table.tBodies[0].rows];
  table.tBodies[0].append(...others.map((other, n) => differenceRow(table, first, other, n)));
  section.querySelector('h2')!.after(frame);
  const missing = picked.filter((_, i) => found[i] === null);
  if (missing.length > 0) {
    const p = document.createElement('p');
    p.className = 'compare-missing';
    p.textContent = `本站未收录${missing.map(nameOf).join('、')}${section.dataset.year}年度的报告，该年度无法与之比较。`;
    frame.after(p);
  }
}

function describe(picked: string[]): string {
  if (picked.length > 0) return `正在比较 ${picked.length} 个单位：${picked.map(nameOf).join('、')}。差额为 ${nameOf(picked[0])} 减去其他单位。`;
  if (chosen.length > MAX) return `最多比较 ${MAX} 个单位，现已选择 ${chosen.length} 个；${everyone}。`;
  if (chosen.length === 1) return `已选择 ${nameOf(chosen[0])}，请再选择至少 1 个单位；${everyone}。`;
  return '';
}

async function show(): Promise<void> {
  const run = ++showing;
  const picked = chosen.length >= MIN && chosen.length <= MAX ? chosen : [];
  const sections = [...document.querySelectorAll<HTMLElement>('.compare-year')];
  let found: (Found | null)[][];
  try {
    found = await Promise.all(sections.map((s) => Promise.all(picked.map((id) => rowOf(id, s.dataset.year!)))));
  } catch {
    if (run === showing && status) status.textContent = `未能载入所选单位的数字，请稍后再试；${everyone}。`;
    return;
  }
  if (run !== showing) return;
  sections.forEach((s, i) => showYear(s, picked, found[i]));
  for (const box of boxes()) box.checked = chosen.includes(box.value);
  if (status) status.textContent = describe(picked);
}

async function start(form: HTMLFormElement): Promise<void> {
  const index = await fetch(form.dataset.index!).then((r) => (r.ok ? (r.json() as Promise<CompareIndex>) : Promise.reject(new Error(String(r.status)))));
  offer(index, form.querySelector('.compare-choices')!);
  chosen = read();
  await show();
  form.hidden = false;
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    chosen = box.checked ? [...chosen.filter((id) => id !== box.value), box.value] : chosen.filter((id) => id !== box.value);
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    await show();
    writeAddress();
  });
  form.addEventListener('reset', () => {
    chosen = [];
    // Reset clears the boxes after the event.
    setTimeout(() => show().then(writeAddress));
  });
}

if (form) {
  start(form).catch(() => {
    if (status) status.textContent = `未能载入单位列表，暂时无法选择单位；${everyone}。`;
  });
}
