// Sorting and filtering for tables marked data-sortable. The table is complete without this script; the script
// adds sort buttons to the column headers (with aria-sort) and shows the filter form that the page leaves hidden.

type Key = number | string | null;

/** A cell's sort key: figures as numbers ("1,070.62", "69.1%", "+1.06"), a dash or blank as none, else text. */
function keyOf(cell: HTMLTableCellElement | undefined): Key {
  const text = (cell?.textContent ?? '').trim();
  const plain = text.replace(/[,%+\s]/g, '');
  if (/^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  return text === '' || text === '—' ? null : text;
}

function compare(a: Key, b: Key): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

/** What a column is called in full: its group headers and its own ("决算数 合计"). */
function columnName(table: HTMLTableElement, th: HTMLTableCellElement, column: number): string {
  const first = table.tBodies[0]?.rows[0]?.cells[column];
  const ids = first?.getAttribute('headers')?.split(' ') ?? [];
  const heads = ids.map((id) => document.getElementById(id)).filter((h) => h?.closest('thead'));
  return heads.length > 0 ? heads.map((h) => h!.textContent!.trim()).join(' ') : th.textContent!.trim();
}

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, column: number, status: HTMLElement | null): void {
  const order = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
  for (const other of table.querySelectorAll('thead th[aria-sort]')) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', order);
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const sign = order === 'ascending' ? 1 : -1;
  // Rows without a figure stay last in both directions.
  rows.sort((a, b) => {
    const ka = keyOf(a.cells[column]);
    const kb = keyOf(b.cells[column]);
    return ka === null || kb === null ? compare(ka, kb) : sign * compare(ka, kb);
  });
  body.append(...rows);
  if (status) status.textContent = `已按“${columnName(table, th, column)}”${order === 'ascending' ? '从小到大' : '从大到小'}排列。`;
}

export function sortable(table: HTMLTableElement, status: HTMLElement | null): void {
  for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')) {
    const column = Number(th.dataset.col);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => sortBy(table, th, column, status));
  }
}

/** Each select names a data-* attribute of the rows; a row shows when it matches every chosen value. */
export function filterable(form: HTMLFormElement, table: HTMLTableElement, status: HTMLElement | null): void {
  const rows = () => [...table.tBodies[0].rows];
  const apply = () => {
    const chosen = [...form.querySelectorAll('select')].filter((s) => s.value !== '');
    let shown = 0;
    for (const row of rows()) {
      row.hidden = !chosen.every((s) => row.dataset[s.name] === s.value);
      if (!row.hidden) shown++;
    }
    if (status) status.textContent = chosen.length === 0 ? `显示全部 ${shown} 行。` : `显示 ${shown} 行（共 ${rows().length} 行）。`;
  };
  form.addEventListener('change', apply);
  // Reset clears the selects after the event: apply once they are cleared.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.hidden = false;
}
