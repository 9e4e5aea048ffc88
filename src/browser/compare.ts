// The comparison page narrowed to the bureaus the reader picks. The page lists every bureau and works without this
// script; the script reads the choice from the address (?b=<id>&b=<id>), shows only those bureaus' rows, adds their
// 差额 rows and keeps the address in step with the form, so that a comparison can be shared by its address.
import { differenceText } from '../views/compare-difference.ts';

const MIN = 2;
const MAX = 4;

const form = document.querySelector<HTMLFormElement>('#compare-form');
const status = document.getElementById('compare-status');
const boxes = [...(form?.querySelectorAll<HTMLInputElement>('input[name="b"]') ?? [])];
const nameOf = (id: string) => boxes.find((b) => b.value === id)?.parentElement?.textContent?.trim() ?? id;
const columns = (form?.dataset.differenceColumns ?? '').split(' ').map(Number);

/** The choice in the order it was made: the first bureau is the one the others are taken from. */
let chosen: string[] = [];

function read(): string[] {
  const known = new Set(boxes.map((b) => b.value));
  return [...new Set(new URLSearchParams(location.search).getAll('b'))].filter((id) => known.has(id));
}

function writeAddress(): void {
  const query = new URLSearchParams(chosen.map((id) => ['b', id])).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
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

function showYear(section: HTMLElement, picked: string[]): void {
  const table = section.querySelector('table')!;
  const rows = [...table.tBodies[0].rows].filter((r) => r.dataset.bureau);
  for (const r of rows) r.hidden = picked.length > 0 && !picked.includes(r.dataset.bureau!);
  const present = picked.map((id) => rows.find((r) => r.dataset.bureau === id)).filter((r) => r !== undefined);
  section.hidden = picked.length > 0 && present.length === 0;
  const missing = picked.filter((id) => !rows.some((r) => r.dataset.bureau === id));
  const note = section.querySelector('.compare-missing');
  note?.remove();
  if (picked.length > 0 && !section.hidden && missing.length > 0) {
    const p = document.createElement('p');
    p.className = 'compare-missing';
    p.textContent = `本站未收录${missing.map(nameOf).join('、')}${section.dataset.year}年度的报告，该年度无法与之比较。`;
    section.append(p);
  }
  const [first, ...others] = present;
  table.tBodies[0].append(...others.map((other, n) => differenceRow(table, first, other, n)));
}

function show(): void {
  const picked = chosen.length >= MIN && chosen.length <= MAX ? chosen : [];
  for (const old of document.querySelectorAll('tr.difference')) old.remove();
  for (const section of document.querySelectorAll<HTMLElement>('.compare-year')) showYear(section, picked);
  for (const box of boxes) box.checked = chosen.includes(box.value);
  if (!status) return;
  if (picked.length > 0) status.textContent = `正在比较 ${picked.length} 个单位：${picked.map(nameOf).join('、')}。差额为 ${nameOf(picked[0])} 减去其他单位。`;
  else if (chosen.length > MAX) status.textContent = `最多比较 ${MAX} 个单位，现已选择 ${chosen.length} 个；下表列出全部单位。`;
  else if (chosen.length === 1) status.textContent = `已选择 ${nameOf(chosen[0])}，请再选择至少 1 个单位；下表列出全部单位。`;
  else status.textContent = '';
}

if (form) {
  chosen = read();
  show();
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    chosen = box.checked ? [...chosen.filter((id) => id !== box.value), box.value] : chosen.filter((id) => id !== box.value);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeAddress();
    show();
  });
  form.addEventListener('reset', () => {
    chosen = [];
    writeAddress();
    // Reset clears the boxes after the event.
    setTimeout(show);
  });
}
