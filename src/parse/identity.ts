// Who published the report, for which year, and what kind of document it is: front matter first, else the text.
import type { Diagnostics } from '../model/diagnostics.ts';
import type { Identity, Kind } from '../model/schema.ts';
import type { FrontMatter } from '../extract/source.ts';

const KINDS: Kind[] = ['部门整体支出绩效自评报告', '绩效自评报告', '单位决算', '单位预算', '部门预算', '部门决算'];
const ORG = '[\\u4e00-\\u9fa5（）()]{2,40}?(?:局|委员会|委|办公室|办|中心|院|所|站|队|馆|厅|部|会|处|社|校|园)';

interface Found<T> {
  value: T;
  line: number;
}

function scan<T>(lines: readonly string[], from: number, limit: number, read: (l: string) => T | null): Found<T> | null {
  for (let i = from - 1; i < Math.min(lines.length, from - 1 + limit); i++) {
    const v = read(lines[i].replace(/[\s\u3000]+/g, ''));
    if (v !== null) return { value: v, line: i + 1 };
  }
  return null;
}

/** Title line 「2023年度邵阳市医疗保障局部门决算」 (possibly split over lines), 部门： lines, 决算单位构成 sentence. */
function bureauFromText(lines: readonly string[], from: number): Found<string> | null {
  const title = new RegExp(`^(?:\\d{4}年度?)?(${ORG})(?:本级)?(?:部门|单位)(?:决算|预算)`);
  const joined = scanJoined(lines, from, 12, (t) => title.exec(t)?.[1] ?? null);
  if (joined) return joined;
  const dept = new RegExp(`^(?:部门|单位名称|预算单位名称|填报单位)[:：](${ORG})`);
  const composition = new RegExp(`(${ORG})(?:单位)?\\d{4}年(?:度)?部门决算汇总公开单位构成`);
  // The composition pattern backtracks over every line; only lines naming 单位构成 can match it.
  return scan(lines, from, lines.length, (t) => dept.exec(t)?.[1] ?? (t.includes('部门决算汇总公开单位构成') ? composition.exec(t)?.[1] : null) ?? null);
}

/** Titles wrapped over several short lines are read joined. */
function scanJoined(lines: readonly string[], from: number, limit: number, read: (t: string) => string | null): Found<string> | null {
  const window: { text: string; line: number }[] = [];
  for (let i = from - 1; i < Math.min(lines.length, from - 1 + limit); i++) {
    const t = lines[i].replace(/[\s\u3000]+/g, '');
    if (t === '') continue;
    window.push({ text: t, line: i + 1 });
    for (let k = Math.max(0, window.length - 3); k < window.length; k++) {
      const v = read(window.slice(k).map((w) => w.text).join(''));
      if (v !== null) return { value: v, line: window[k].line };
    }
  }
  return null;
}

function yearFromText(lines: readonly string[], from: number): Found<number> | null {
  const read = (t: string) => /(20\d{2}|19\d{2})年度?(?:部门|单位)?(?:决算|预算|整体支出)/.exec(t)?.[1] ?? /^(20\d{2})年度/.exec(t)?.[1] ?? null;
  const found = scanJoined(lines, from, 12, read) ?? scan(lines, from, lines.length, read);
  return found && { value: Number(found.value), line: found.line };
}

function kindFromText(lines: readonly string[], from: number): Found<Kind> | null {
  return scan(lines, from, 12, (t) => KINDS.find((k) => t.includes(k)) ?? null);
}

/** Where the given identity came from: a text file's front matter, or a PDF's path and the registry. */
export type IdentityOrigin = 'frontMatter' | 'path';

const GIVEN_FROM = { frontMatter: { bureau: 'frontMatter', year: 'frontMatter', kind: 'frontMatter' }, path: { bureau: 'registry', year: 'path', kind: 'path' } } as const;
const GIVEN_TEXT: Record<IdentityOrigin, string> = { frontMatter: '头信息', path: '文件路径与单位登记' };

export function readIdentity(fm: FrontMatter, lines: readonly string[], bodyStart: number, diagnostics: Diagnostics, origin: IdentityOrigin = 'frontMatter'): Identity {
  const text = {
    bureau: bureauFromText(lines, bodyStart),
    year: yearFromText(lines, bodyStart),
    kind: kindFromText(lines, bodyStart),
  };
  const provenance: Identity['provenance'] = {};
  const pick = <T>(key: 'bureau' | 'year' | 'kind', fromFm: T | undefined, found: Found<T> | null): T | null => {
    if (fromFm !== undefined) {
      provenance[key] = { from: GIVEN_FROM[origin][key], line: null };
      if (found && found.value !== fromFm) {
        diagnostics.raise('MZ-ID-DISAGREE', found.line, key, String(fromFm), found.line, String(found.value), GIVEN_TEXT[origin]);
      }
      return fromFm;
    }
    if (found) {
      provenance[key] = { from: 'text', line: found.line };
      return found.value;
    }
    return null;
  };
  const fmKind = fm.kind === undefined ? undefined : (KINDS.find((k) => k === fm.kind) ?? undefined);
  if (fm.kind !== undefined && fmKind === undefined) {
    diagnostics.raise('MZ-FM-KIND', 2, fm.kind, KINDS);
  }
  const bureau = pick('bureau', fm.bureau, text.bureau);
  const year = pick('year', fm.year, text.year);
  let kind = pick('kind', fmKind, text.kind);
  if (kind === null) {
    kind = '部门决算';
    provenance.kind = { from: 'default', line: null };
  }
  if (bureau === null) {
    diagnostics.raise('MZ-ID-BUREAU', bodyStart);
  }
  if (year === null) {
    diagnostics.raise('MZ-ID-YEAR', bodyStart);
  } else {
    checkYear(year, provenance.year?.line ?? frontMatterLine(lines, bodyStart, 'year'), diagnostics);
  }
  return { bureau, year, kind, region: fm.region ?? null, sourceUrl: fm.source_url ?? null, provenance };
}

/** Department accounts are published from 2000 on, and never for a year that has not yet begun: else a typo. */
const FIRST_YEAR = 2000;

function checkYear(year: number, line: number, diagnostics: Diagnostics): void {
  const current = new Date().getFullYear();
  if (year >= FIRST_YEAR && year <= current) return;
  diagnostics.raise('MZ-ID-YEAR-RANGE', line, year, year < FIRST_YEAR ? `早于 ${FIRST_YEAR} 年` : `晚于今年（${current} 年）`);
}

/** Line of a front-matter key ("year: 2023"), or the first line when not found. */
function frontMatterLine(lines: readonly string[], bodyStart: number, key: string): number {
  const i = lines.slice(0, bodyStart - 1).findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}
