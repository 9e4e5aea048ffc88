// One report file → its full JSON in the build cache and its small record. Runs in a worker thread or inline.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { FrontMatter } from '../extract/source.ts';
import { parseFileBytes } from '../pipeline/parse-bytes.ts';
import { toRecord, type ReportRecord } from './record.ts';

export interface ParseTask {
  /** Entry id, e.g. "shaoyang-ybj/2023/部门决算". */
  id: string;
  /** Absolute path of the report file. */
  path: string;
  /** The path diagnostics name ("content/reports/…"). */
  file: string;
  /** A PDF's identity from its place in the content folder. */
  given: FrontMatter | null;
  digest: string;
  /** Where the full report's JSON goes. */
  detail: string;
}

export type ParseResult = { id: string; record: ReportRecord; failure: null } | { id: string; record: null; failure: string };

export async function parseFile(task: ParseTask): Promise<ParseResult> {
  try {
    const report = await parseFileBytes(readFileSync(task.path), task.file, task.given);
    // Written under a temporary name first: an interrupted build never leaves a truncated file under the digest.
    const partial = `${task.detail}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(report));
    renameSync(partial, task.detail);
    return { id: task.id, record: toRecord(report, task.digest, task.detail), failure: null };
  } catch (e) {
    return { id: task.id, record: null, failure: e instanceof Error ? e.message : String(e) };
  }
}
