// data/datapackage.json: the portal-wide CSVs described as a Frictionless Data Package (v2).
import type { APIRoute } from 'astro';
import { dataPackage } from '../../publish/export/datapackage.ts';
import { reports } from '../../site/data.ts';
import { PORTAL_TABLES } from '../../site/downloads.ts';
import { jsonResponse } from '../../site/responses.ts';
import { siteConfig } from '../../site/site-config.ts';

export const GET: APIRoute = async () => {
  const entries = await reports();
  const site = siteConfig();
  const resources = Object.entries(PORTAL_TABLES).map(([name, t]) => ({ name, path: `${name}.csv`, title: t.title, description: t.description, table: t.build(entries) }));
  const description = '各单位公开的部门决算中的“三公”经费、主要数字和数据核对结果，数字与原文一致并注明原文行号。每份报告另有自己的数据包（报告 JSON 与逐表 CSV）：reports/<单位代码>/<年度>/<报告类型>/datapackage.json。';
  return jsonResponse(dataPackage({ name: site.name, title: site.title, description, resources }, site));
};
