// Reports joined to the registry, in the order pages list them. Pages read data only through here.
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { placeReport } from '../load/corpus.ts';
import { LEVELS, type Bureau } from '../load/registry.ts';
import type { Report } from '../model/schema.ts';
import type { ReportRecord } from '../load/record.ts';
import { setCacheKeys } from './cache-keys.ts';
import { reportUrl } from './paths.ts';
import type { ReportEntry } from './report-entry.ts';

export async function bureaus(): Promise<Bureau[]> {
  const all = (await getCollection('bureaus')).map((e) => e.data);
  return all.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.region.localeCompare(b.region, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Every report, newest year first, then by bureau order. The loader has checked them (registered, one per address). */
export async function reports(): Promise<ReportEntry[]> {
  const registry = await bureaus();
  const byId = new Map(registry.map((b) => [b.id, b]));
  const placed = (await getCollection('reports')).map(({ id, data }) => ({ ...placeReport(id, data), report: data as ReportRecord }));
  const entries = placed.map(({ bureauId, year, kind, report }) => {
    // Registered and with a year: the loader's check stopped the build otherwise.
    const entry = { bureauId, bureau: byId.get(bureauId)!, year: year!, kind, report, cacheKey: '' };
    return { ...entry, url: reportUrl(entry) };
  });
  const order = new Map(registry.map((b, i) => [b.id, i]));
  entries.sort((a, b) => b.year - a.year || order.get(a.bureauId)! - order.get(b.bureauId)! || a.kind.localeCompare(b.kind, 'zh-CN'));
  setCacheKeys(entries);
  return entries;
}

let lastRead: { detail: string; report: Promise<Report> } | undefined;

/**
 * The whole report (tables, narrative, checks, source lines), for the pages that show all of it. The last one read
 * is kept: a report's pages are rendered one after another (report-pages.ts) and all read the same report.
 */
export function fullReport(entry: ReportEntry): Promise<Report> {
  const { detail } = entry.report;
  if (lastRead?.detail !== detail) lastRead = { detail, report: readFile(detail, 'utf8').then((text) => JSON.parse(text) as Report) };
  return lastRead.report;
}

/** Bureaus grouped under one heading per level, then per region, for the home page and the bureau list. */
export function groupByLevel(list: Bureau[]): { level: string; bureaus: Bureau[] }[] {
  return LEVELS.map((level) => ({ level, bureaus: list.filter((b) => b.level === level) })).filter((g) => g.bureaus.length > 0);
}

/** The newest report of each bureau among `entries` (which are sorted newest first), in registry order. */
export function latestPerBureau(entries: ReportEntry[], registry: Bureau[]): ReportEntry[] {
  const newest = new Map<string, ReportEntry>();
  for (const e of entries) if (!newest.has(e.bureauId)) newest.set(e.bureauId, e);
  return registry.flatMap((b) => newest.get(b.id) ?? []);
}

