// Provenance and corrections for pages and downloads. The content folder's git history is read once per build,
// on first use, and shared by every page.
import { ContentHistory, type Revision } from '../publish/provenance/content-history.ts';
import type { Provenance, Report } from '../model/schema.ts';
import { CONTENT_DIR } from '../load/content-dir.ts';

let history: ContentHistory | undefined;
const shared = () => (history ??= new ContentHistory(CONTENT_DIR));

const provenances = new Map<string, Provenance>();

/** A report page, its JSON and its data package all ask: the file is hashed once. */
export function provenanceOf(r: Pick<Report, 'file' | 'identity'>): Provenance {
  let p = provenances.get(r.file);
  if (!p) provenances.set(r.file, (p = shared().provenance(r.file, r.identity.sourceUrl)));
  return p;
}

export const revisionsOf = (r: Pick<Report, 'file'>): Revision[] => shared().revisions(r.file);
export const historyTracked = () => shared().tracked;

/** "2024-03-01 14:05（UTC+08:00）": the time as recorded, with its offset (git keeps the committer's). */
export function timeText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? `${m[1]} ${m[2]}（UTC${m[3] === 'Z' ? '' : m[3]}）` : iso;
}
