// The open data in the built site: every CSV against its datapackage.json and against the parsed reports, every
// report JSON against the JSON Schema, the 三公 CSV against figures read by hand, provenance, and the links to it all.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/load/check-content.ts';
import { parseFileBytes } from '../../src/pipeline/parse-bytes.ts';
import type { Report } from '../../src/model/schema.ts';
import { SEEDS } from '../core/seeds.ts';
import { sampleBudget, sampleDocuments } from '../support/samples.ts';
import { readCsv } from '../support/csv.ts';
import { distFor, ROOT } from '../support/site.ts';
import { validValue, type SchemaField } from '../support/table-schema.ts';

const DIST = distFor('/');
const BOM = '\ufeff';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

const dataFiles = filesUnder(join(DIST, 'data'));
const csvFiles = dataFiles.filter((f) => f.endsWith('.csv'));
const packageFiles = dataFiles.filter((f) => f.endsWith('datapackage.json'));
const reportJsonFiles = dataFiles.filter((f) => f.endsWith('report.json'));

/** header + records of a downloaded CSV, its BOM checked. */
function csv(path: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith(BOM), `${path} starts with a BOM`).toBe(true);
  const [header, ...rows] = readCsv(text.slice(BOM.length));
  return { header, rows };
}

/** The reports as the parser reads them from content/ (a PDF with its identity from its folder), independent of the build. */
const content = await checkContent(join(ROOT, 'content'), (files) =>
  Promise.all(files.map(async (file) => ({ file, report: await parseFileBytes(readFileSync(file.path), file.file, file.given), diagnostics: [] }))));
const parsed: Report[] = content.reports.map((r) => r.report);
const byFile = new Map(parsed.map((r) => [r.file, r]));

const published = new Map(reportJsonFiles.map((f) => {
  const json = JSON.parse(readFileSync(f, 'utf8'));
  return [dirname(f), json];
}));
/** The parsed report behind a file in a report's data folder. */
const reportIn = (dir: string): Report => byFile.get(published.get(dir).provenance.file)!;

const sangongItems = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
const summaryKeys = ['incomeTotal', 'expenditureTotal', 'grandTotal', 'basicExpenditure', 'projectExpenditure', 'personnel', 'publicFunds'] as const;

/** How many rows each CSV must have, counted from the parsed reports. */
function expectedRows(path: string): number {
  const name = relative(join(DIST, 'data'), path);
  if (name === 'sangong.csv') return parsed.reduce((n, r) => n + sangongItems.filter((k) => r.sangong.budget[k] !== null || r.sangong.actual[k] !== null).length, 0);
  if (name === 'headlines.csv') return parsed.reduce((n, r) => n + summaryKeys.filter((k) => r.summary[k] !== null).length, 0);
  if (name === 'findings.csv') return parsed.reduce((n, r) => n + r.findings.filter((f) => f.status !== 'holds').length, 0);
  const report = reportIn(dirname(path));
  if (path.endsWith('/findings.csv')) return report.findings.length;
  return report.tables.find((t) => `${t.id}.csv` === path.split('/').at(-1))!.rows.length;
}

describe('the build produces every download', () => {
  it('a JSON and a data package per report, a CSV per table and per report\'s checks, and the portal files', () => {
    expect(reportJsonFiles).toHaveLength(parsed.length);
    expect(packageFiles).toHaveLength(parsed.length + 1);
    const tables = parsed.reduce((n, r) => n + r.tables.length, 0);
    expect(csvFiles).toHaveLength(tables + parsed.length + 3);
    for (const f of ['datapackage.json', 'sangong.csv', 'headlines.csv', 'findings.csv']) expect(existsSync(join(DIST, 'data', f)), f).toBe(true);
  });
});

describe('CSV files', () => {
  it('are UTF-8 with a BOM, RFC 4180 with CRLF line ends, every record as long as the header', () => {
    for (const f of csvFiles) {
      const { header, rows } = csv(f);
      for (const r of rows) expect(r.length, f).toBe(header.length);
    }
  });

  it('are each described by exactly one datapackage.json, and every value is of its field\'s type', () => {
    const described = new Map<string, number>();
    for (const p of packageFiles) {
      const pkg = JSON.parse(readFileSync(p, 'utf8'));
      for (const res of pkg.resources.filter((r: { type?: string }) => r.type === 'table')) {
        const path = join(dirname(p), res.path);
        described.set(path, (described.get(path) ?? 0) + 1);
        const fields: SchemaField[] = res.schema.fields;
        const { header, rows } = csv(path);
        expect(header, path).toEqual(fields.map((f) => f.name));
        for (const row of rows) {
          row.forEach((value, j) => expect(validValue(fields[j], value), `${path}: ${fields[j].name} = ${JSON.stringify(value)} (${fields[j].type})`).toBe(true));
        }
      }
    }
    expect([...described.keys()].sort()).toEqual([...csvFiles].sort());
    expect([...described.values()].every((n) => n === 1)).toBe(true);
  });

  it('have as many rows as the parsed reports have figures, checks and table rows', () => {
    for (const f of csvFiles) expect(csv(f).rows.length, f).toBe(expectedRows(f));
  });

  it('state the unit of every amount: in the column name or in a 金额单位 column', () => {
    for (const p of packageFiles) {
      const pkg = JSON.parse(readFileSync(p, 'utf8'));
      for (const res of pkg.resources.filter((r: { type?: string }) => r.type === 'table')) {
        const names = res.schema.fields.map((f: SchemaField) => f.name);
        for (const f of res.schema.fields.filter((x: SchemaField & { unit?: string }) => x.type === 'number')) {
          const inName = f.unit !== undefined && f.name.endsWith(`（${f.unit}）`);
          // 绩效 tables print no unit: their amounts (scores, rates) are published without one.
          const unitless = () => reportIn(dirname(p)).tables.find((t) => `${t.id}.csv` === res.path)?.unit === null;
          expect(inName || names.includes('金额单位') || unitless(), `${res.path}: ${f.name}`).toBe(true);
        }
      }
    }
  });
});

describe('datapackage.json', () => {
  const site = parseYaml(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8'));
  it('is a Data Package v2 with the licence, publisher and attribution of content/site.yaml', () => {
    for (const p of packageFiles) {
      const pkg = JSON.parse(readFileSync(p, 'utf8'));
      expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
      expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
      expect(pkg.licenses).toEqual([site.license]);
      expect(pkg.contributors).toEqual([{ title: site.publisher, roles: ['publisher'] }]);
      expect(pkg.description).toContain(site.attribution);
      const names = pkg.resources.map((r: { name: string }) => r.name);
      expect(new Set(names).size).toBe(names.length);
      for (const r of pkg.resources) {
        expect(r.name).toMatch(/^[a-z0-9._-]+$/);
        expect(existsSync(join(dirname(p), r.path)), `${p}: ${r.path}`).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')).name).toBe(site.name);
  });
});

describe('report JSON', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
  it('is published at /schema/report.schema.json exactly as in the repository, draft 2020-12', () => {
    expect(readFileSync(join(DIST, 'schema', 'report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('validates against the JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const [dir, json] of published) expect(validate(json) ? [] : validate.errors, dir).toEqual([]);
  });

  it('is the parsed report plus its provenance: the source file, its SHA-256 and its last commit', () => {
    for (const [dir, { provenance, ...report }] of published) {
      expect(report, dir).toEqual(byFile.get(provenance.file));
      expect(provenance.sha256).toBe(createHash('sha256').update(readFileSync(join(ROOT, provenance.file))).digest('hex'));
      // The test build runs in a git checkout with the reports committed: the time is the last commit's.
      const [hash, time] = execFileSync('git', ['log', '-1', '--format=%H %cI', '--', provenance.file], { cwd: ROOT, encoding: 'utf8' }).trim().split(' ');
      expect(provenance.lastChanged).toEqual({ time, from: 'git', commit: hash });
      expect(provenance.sourceUrl).toBe(report.identity.sourceUrl);
    }
  });
});

describe('三公 CSV', () => {
  const ITEM_KEYS: Record<string, string> = {
    合计: 'total', '因公出国（境）费': 'outbound', 公务用车购置及运行维护费: 'vehicle',
    公务用车购置费: 'vehiclePurchase', 公务用车运行维护费: 'vehicleOperation', 公务接待费: 'reception',
  };
  it('has the rows of ../shared/seeds/expected.json, figure for figure, for the bundled reports', () => {
    const { header, rows } = csv(join(DIST, 'data', 'sangong.csv'));
    const col = (name: string) => header.indexOf(name);
    const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports as Record<string, any>;
    const seen = new Set<string>();
    for (const e of Object.values(expected)) {
      const mine = rows.filter((r) => r[col('单位名称')] === e.bureau && r[col('年度')] === String(e.year));
      expect(mine.map((r) => ITEM_KEYS[r[col('项目')]]).sort(), e.bureau).toEqual(Object.keys(e.sangong.actual).sort());
      for (const r of mine) {
        const key = ITEM_KEYS[r[col('项目')]];
        expect(new Decimal(r[col('预算数')]).equals(e.sangong.budget[key]), `${e.bureau} ${key} 预算数 ${r[col('预算数')]}`).toBe(true);
        expect(new Decimal(r[col('决算数')]).equals(e.sangong.actual[key]), `${e.bureau} ${key} 决算数 ${r[col('决算数')]}`).toBe(true);
        expect(r[col('金额单位')]).toBe(e.unit);
        seen.add(`${e.bureau}/${e.year}`);
      }
    }
    // The sample budgets: 预算数 only, as read by hand in ../shared/samples/expected.json.
    for (const doc of sampleDocuments()) {
      const budget = Object.fromEntries(Object.entries(sampleBudget(doc)).filter((e): e is [string, string] => e[1] !== null));
      const mine = rows.filter((r) => r[col('单位名称')] === doc.bureau && r[col('年度')] === String(doc.year));
      expect(mine.map((r) => ITEM_KEYS[r[col('项目')]]).sort(), doc.bureau).toEqual(Object.keys(budget).sort());
      for (const r of mine) {
        expect(new Decimal(r[col('预算数')]).equals(budget[ITEM_KEYS[r[col('项目')]]]), `${doc.bureau} ${r[col('项目')]}`).toBe(true);
        expect(r[col('决算数')]).toBe('');
        expect(r[col('金额单位')]).toBe(doc['unit_三公经费'] ?? doc.unit);
      }
      seen.add(`${doc.bureau}/${doc.year}`);
    }
    expect(new Set(rows.map((r) => `${r[col('单位名称')]}/${r[col('年度')]}`))).toEqual(seen);
  });
});

describe('findings', () => {
  it('name the source lines of both sides, in the CSV and on the report and 数据核对 pages', () => {
    for (const f of csvFiles.filter((x) => x.endsWith('findings.csv'))) {
      const { header, rows } = csv(f);
      for (const r of rows.filter((x) => x[header.indexOf('结果')] !== '无法核对')) {
        expect(r[header.indexOf('参照原文行号')], f).toMatch(/^\d+(,\d+)*$/);
        expect(r[header.indexOf('核对原文行号')], f).toMatch(/^\d+(,\d+)*$/);
      }
    }
    const listed = filesUnder(join(DIST, 'reports')).filter((f) => f.endsWith('index.html')).flatMap((page) => {
      const html = readFileSync(page, 'utf8');
      return html.split('<li class="finding ').slice(1).filter((li) => !li.startsWith('finding-insufficient')).map((li) => ({ page, li }));
    });
    // Not every report has a check that failed or was not made (sample 02's all hold), but the portal's do.
    expect(listed.length).toBeGreaterThan(0);
    for (const { page, li } of listed) {
      const sides = li.split('<dd>').slice(1, 3);
      // Relatively: from the report page beside its 原文 page, from its 数据核对 page below it.
      const link = page.includes('/checks/') ? /href="\.\.\/original\/#L\d+"/ : /href="original\/#L\d+"/;
      expect(sides.every((dd) => link.test(dd)), `${page}: ${li.slice(0, 200)}`).toBe(true);
    }
  });
});

describe('pages', () => {
  const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));
  const hrefs = (html: string) => [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]);
  const toFile = (href: string) => join(DIST, href);

  it('each report page states its provenance and links to every file of its data folder', () => {
    for (const [dir, json] of published) {
      const page = join(DIST, relative(join(DIST, 'data'), dir), 'index.html');
      const html = readFileSync(page, 'utf8');
      expect(html, page).toContain(json.provenance.sha256);
      expect(html).toContain(json.provenance.file);
      expect(html).toContain(`datetime="${json.provenance.lastChanged.time}"`);
      const linked = new Set(hrefs(html).map(toFile));
      for (const f of dataFiles.filter((x) => dirname(x) === dir)) expect(linked.has(f), `${page} links ${f}`).toBe(true);
    }
  });

  it('every amount in a report page table, or its 报表 page, links to a source line that exists on its 原文 page', () => {
    const reportPages = pages.filter((f) => f.includes('/reports/') && !f.includes('/original/') && !f.includes('/checks/'));
    expect(reportPages.some((f) => f.includes('/tables/'))).toBe(true);
    for (const page of reportPages) {
      const html = readFileSync(page, 'utf8');
      // Both link to the 原文 page relatively: the report page beside it, the 报表 page (…/tables/) from below it.
      const reportDir = page.includes('/tables/') ? dirname(dirname(page)) : dirname(page);
      const link = page.includes('/tables/') ? '../original/#' : 'original/#';
      const original = readFileSync(join(reportDir, 'original/index.html'), 'utf8');
      const ids = new Set([...original.matchAll(/id="(L\d+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/href="([^"]*original\/#L\d+)"/g)].map((m) => m[1]);
      for (const target of targets) {
        expect(target.startsWith(link), `${page} ${target}`).toBe(true);
        expect(ids.has(target.slice(link.length)), `${page} ${target}`).toBe(true);
      }
      const amounts = [...html.matchAll(/<td[^>]*class="num"[^>]*>(.*?)<\/td>/g)].map((m) => m[1]).filter((c) => /\d/.test(c) && !c.endsWith('%'));
      expect(amounts.length).toBeGreaterThan(0);
      for (const c of amounts) expect(c.startsWith(`<a href="${link}L`), `${page}: ${c}`).toBe(true);
    }
  });

  it('bureau pages and the 三公 page link to downloads that exist; bureau pages have a 变更记录', () => {
    const bureauPages = pages.filter((f) => /\/bureaus\/[^/]+\/index\.html$/.test(f));
    expect(bureauPages.length).toBeGreaterThan(0);
    for (const page of [...bureauPages, join(DIST, 'sangong', 'index.html'), join(DIST, 'data', 'index.html')]) {
      const html = readFileSync(page, 'utf8');
      const downloads = hrefs(html).filter((h) => /^\/(data|schema)\/.+\.(csv|json)$/.test(h));
      expect(downloads.length, page).toBeGreaterThan(0);
      for (const h of downloads) expect(existsSync(toFile(h)), `${page}: ${h}`).toBe(true);
    }
    for (const page of bureauPages) expect(readFileSync(page, 'utf8')).toContain('<h2 id="revisions">变更记录</h2>');
    expect(hrefs(readFileSync(join(DIST, 'sangong', 'index.html'), 'utf8'))).toContain('/data/sangong.csv');
  });
});

describe('under a base path', () => {
  const PORTAL = distFor('/portal/');
  it('links and the 报告网址 column carry the base, and the linked files exist', () => {
    const html = readFileSync(join(PORTAL, 'sangong', 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="(\/portal\/data\/[^"]+)"/g)].map((m) => m[1]);
    expect(links).toContain('/portal/data/sangong.csv');
    for (const l of links) expect(existsSync(join(PORTAL, l.slice('/portal/'.length))), l).toBe(true);
    const text = readFileSync(join(PORTAL, 'data', 'sangong.csv'), 'utf8');
    const [header, ...rows] = readCsv(text.slice(1));
    for (const r of rows) expect(r[header.indexOf('报告网址')]).toMatch(/^\/portal\/reports\//);
  });
});
