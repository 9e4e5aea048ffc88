// A cheap check of a PDF's cross-reference table before it is read: each object the table lists must stand where
// the table says. pdfjs silently rebuilds a damaged table and reads on, so a file with overwritten or missing bytes
// would come out with pages or fonts missing, or with garbage for text; this check names such a file damaged.
// Writers that are a few bytes off, and tables compressed into streams (not checked entry by entry), pass.

/** How far from its recorded position an object may start (line-ending slips of sloppy writers). */
const SLACK = 16;

/** Objects not found where the cross-reference table puts them; 0 for a sound file, or one without a table. */
export function misplacedObjects(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const end = text.lastIndexOf('startxref');
  if (end < 0) return 0;
  const first = /^startxref\s+(\d+)/.exec(text.slice(end))?.[1];
  if (first === undefined) return 1;
  const seen = new Set<number>();
  let misplaced = 0;
  const visited = new Set<number>();
  for (let at: number | null = Number(first); at !== null && !visited.has(at); ) {
    visited.add(at);
    const section = readSection(text, at);
    if (!section) return misplaced + 1;
    for (const [num, gen, offset] of section.entries) {
      if (seen.has(num)) continue;
      seen.add(num);
      if (!objectAt(text, offset, num, gen)) misplaced++;
    }
    at = section.previous;
  }
  return misplaced;
}

interface Section {
  /** In-use entries: object number, generation, byte offset. */
  entries: [number, number, number][];
  /** Offset of the older section (/Prev), if any. */
  previous: number | null;
}

function readSection(text: string, at: number): Section | null {
  const head = text.slice(at, at + 64);
  if (/^\s*xref/.test(head)) return readTable(text, at + head.indexOf('xref') + 4);
  const stream = /^\s*(\d+)\s+(\d+)\s+obj/.exec(head);
  if (!stream) return null;
  const dict = text.slice(at, text.indexOf('stream', at) >>> 0);
  return { entries: [], previous: prev(dict) };
}

function readTable(text: string, from: number): Section {
  const entries: [number, number, number][] = [];
  const subsection = /\s*(\d+)\s+(\d+)[ \t]*\r?\n/y;
  const entry = /\s*(\d{10})\s(\d{5})\s([nf])/y;
  let at = from;
  for (let m; (subsection.lastIndex = at), (m = subsection.exec(text)); ) {
    at = subsection.lastIndex;
    const [start, count] = [Number(m[1]), Number(m[2])];
    for (let i = 0; i < count; i++) {
      entry.lastIndex = at;
      const e = entry.exec(text);
      if (!e) break;
      at = entry.lastIndex;
      if (e[3] === 'n') entries.push([start + i, Number(e[2]), Number(e[1])]);
    }
  }
  const trailer = text.slice(at, text.indexOf('startxref', at) >>> 0);
  return { entries, previous: prev(trailer) };
}

const prev = (dict: string) => {
  const m = /\/Prev\s+(\d+)/.exec(dict);
  return m ? Number(m[1]) : null;
};

const OBJECT_HEADER = /(\d+)\s+(\d+)\s+obj/g;

function objectAt(text: string, offset: number, num: number, gen: number): boolean {
  const window = text.slice(Math.max(0, offset - SLACK), offset + SLACK + 24);
  for (const m of window.matchAll(OBJECT_HEADER)) if (Number(m[1]) === num && Number(m[2]) === gen) return true;
  return false;
}
