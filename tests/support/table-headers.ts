// Which headers a screen reader announces for a table cell: the HTML table model (the grid, colspan, rowspan) and
// its algorithm for assigning header cells (the `headers` attribute, else scanning left and up with `scope`).
// installTableHeaders runs inside the page (page.evaluate), so everything it uses is defined inside it.

interface TableHeaders {
  /** Every numeric data cell of every table on the page; problems: those that lack a row header, a column header or
   * a level of their column headers. */
  check(): { tables: number; cells: number; problems: string[] };
  /** Texts of the headers of a cell: its row headers first, then its column headers. */
  headerTexts(cell: Element): { row: string[]; column: string[] };
}

declare global {
  interface Window {
    mzTableHeaders?: TableHeaders;
  }
}

export function installTableHeaders(): void {
  interface Slot { el: HTMLTableCellElement; x: number; y: number; w: number; h: number; header: boolean }
  interface Grid { slots: (Slot | undefined)[][]; cells: Slot[] }

  const NUMBER = /^[+\-−]?(\d{1,3}([,，]\d{3})+|\d+)(\.\d+)?%?$/;
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() || el.getAttribute('aria-label') || '';

  /** Rows in table-model order: thead and tbody rows as they come, tfoot rows last. */
  function rowsOf(table: HTMLTableElement): { tr: HTMLTableRowElement; group: Element }[] {
    const groups = [...table.children].filter((c) => ['THEAD', 'TBODY', 'TFOOT', 'TR'].includes(c.tagName));
    const ordered = [...groups.filter((g) => g.tagName !== 'TFOOT'), ...groups.filter((g) => g.tagName === 'TFOOT')];
    return ordered.flatMap((g) => (g.tagName === 'TR'
      ? [{ tr: g as HTMLTableRowElement, group: table as Element }]
      : [...g.children].filter((r) => r.tagName === 'TR').map((tr) => ({ tr: tr as HTMLTableRowElement, group: g }))));
  }

  function gridOf(table: HTMLTableElement): Grid {
    const rows = rowsOf(table);
    const slots: (Slot | undefined)[][] = rows.map(() => []);
    const cells: Slot[] = [];
    rows.forEach(({ tr, group }, y) => {
      let x = 0;
      const groupEnd = y + rows.slice(y).filter((r) => r.group === group).length;
      for (const el of tr.cells) {
        while (slots[y][x]) x++;
        const span = el.rowSpan === 0 ? groupEnd - y : Math.min(el.rowSpan, groupEnd - y);
        const cell: Slot = { el, x, y, w: Math.max(1, el.colSpan), h: Math.max(1, span), header: el.tagName === 'TH' };
        for (let dy = 0; dy < cell.h; dy++) for (let dx = 0; dx < cell.w; dx++) slots[y + dy][x + dx] = cell;
        cells.push(cell);
        x += cell.w;
      }
    });
    return { slots, cells };
  }

  const scopeOf = (c: Slot) => (c.el.getAttribute('scope') ?? '').toLowerCase();
  const hasData = (cells: Slot[]) => cells.some((c) => !c.header);
  const rowCells = (g: Grid, c: Slot) => g.cells.filter((o) => o.y < c.y + c.h && c.y < o.y + o.h);

  /** scope=col, or no scope and no data cell in its rows; colgroup headers count too, as they label the columns below. */
  function isColumnHeader(g: Grid, c: Slot): boolean {
    const scope = scopeOf(c);
    if (scope === 'col' || scope === 'colgroup') return true;
    return !['row', 'rowgroup'].includes(scope) && !hasData(rowCells(g, c));
  }

  /** scope=row (or rowgroup), or no scope and a header of a row that has data cells. */
  function isRowHeader(g: Grid, c: Slot): boolean {
    const scope = scopeOf(c);
    if (scope === 'row' || scope === 'rowgroup') return true;
    return !['col', 'colgroup'].includes(scope) && !isColumnHeader(g, c);
  }

  /** The spec's "internal algorithm for scanning and assigning header cells", from (x0, y0) in steps (dx, dy). */
  function scan(g: Grid, principal: Slot, x0: number, y0: number, dx: number, dy: number, found: Set<Slot>): void {
    const opaque: Slot[] = [];
    let inBlock = principal.header;
    let block: Slot[] = principal.header ? [principal] : [];
    for (let x = x0 + dx, y = y0 + dy; x >= 0 && y >= 0; x += dx, y += dy) {
      const cur = g.slots[y]?.[x];
      if (!cur) continue;
      if (cur.header) {
        inBlock = true;
        block.push(cur);
        const blocked = dx === 0
          ? opaque.some((o) => o.x === cur.x && o.w === cur.w) || !isColumnHeader(g, cur)
          : opaque.some((o) => o.y === cur.y && o.h === cur.h) || !isRowHeader(g, cur);
        if (!blocked) found.add(cur);
      } else if (inBlock) {
        inBlock = false;
        opaque.push(...block);
        block = [];
      }
    }
  }

  function scanned(g: Grid, c: Slot, left: boolean, up: boolean): Slot[] {
    const found = new Set<Slot>();
    if (left) for (let y = c.y; y < c.y + c.h; y++) scan(g, c, c.x, y, -1, 0, found);
    if (up) for (let x = c.x; x < c.x + c.w; x++) scan(g, c, x, c.y, 0, -1, found);
    found.delete(c);
    return [...found].filter((h) => text(h.el) !== '');
  }

  /** The header list: the `headers` attribute's cells when it has any, else the scan. Unknown ids are reported. */
  function assigned(g: Grid, table: HTMLTableElement, c: Slot): { headers: Slot[]; unknown: string[] } {
    const ids = (c.el.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) return { headers: scanned(g, c, true, true), unknown: [] };
    const byId = new Map(g.cells.filter((o) => o.el.id).map((o) => [o.el.id, o]));
    return {
      headers: ids.flatMap((id) => byId.get(id) ?? []).filter((h) => h !== c && text(h.el) !== ''),
      unknown: ids.filter((id) => !byId.has(id) || table.querySelectorAll(`#${CSS.escape(id)}`).length !== 1),
    };
  }

  const inRow = (h: Slot, c: Slot) => h.y < c.y + c.h && c.y < h.y + h.h && h.x < c.x;
  const inColumn = (h: Slot, c: Slot) => h.x < c.x + c.w && c.x < h.x + h.w && h.y < c.y;

  function describe(table: HTMLTableElement, index: number): string {
    const caption = table.caption ? text(table.caption).slice(0, 40) : '';
    return `table ${index + 1}${table.id ? ` #${table.id}` : ''}${caption ? ` 「${caption}」` : ''}`;
  }

  function cellProblems(g: Grid, table: HTMLTableElement, c: Slot): string[] {
    const { headers, unknown } = assigned(g, table, c);
    const out = unknown.map((id) => `headers names "${id}", which is not one cell of this table`);
    if (!headers.some((h) => inRow(h, c))) out.push('no row header');
    const missing = scanned(g, c, false, true).filter((h) => !headers.includes(h));
    if (!headers.some((h) => inColumn(h, c))) out.push('no column header');
    else if (missing.length > 0) out.push(`misses column header level(s) ${missing.map((h) => `「${text(h.el)}」`).join(' ')}`);
    return out;
  }

  function check(): { tables: number; cells: number; problems: string[] } {
    const tables = [...document.querySelectorAll('table')];
    let cells = 0;
    const problems = tables.flatMap((table, i) => {
      const g = gridOf(table);
      const numeric = g.cells.filter((c) => !c.header && NUMBER.test(text(c.el)));
      cells += numeric.length;
      return numeric.flatMap((c) => cellProblems(g, table, c).map((p) => `${describe(table, i)} row ${c.y + 1} col ${c.x + 1} "${text(c.el)}": ${p}`));
    });
    return { tables: tables.length, cells, problems };
  }

  function headerTexts(cell: Element): { row: string[]; column: string[] } {
    const table = cell.closest('table');
    const g = table && gridOf(table);
    const c = g?.cells.find((o) => o.el === cell);
    if (!table || !g || !c) return { row: [], column: [] };
    const { headers } = assigned(g, table, c);
    return { row: headers.filter((h) => inRow(h, c)).map((h) => text(h.el)), column: headers.filter((h) => inColumn(h, c)).map((h) => text(h.el)) };
  }

  window.mzTableHeaders = { check, headerTexts };
}
