// The portal-wide CSVs: data/sangong.csv, data/headlines.csv, data/findings.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tabularCsv } from '../../publish/export/csv.ts';
import { reports } from '../../site/data.ts';
import { PORTAL_TABLES } from '../../site/downloads.ts';
import { csvResponse } from '../../site/responses.ts';

export const getStaticPaths = (() => Object.keys(PORTAL_TABLES).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => csvResponse(tabularCsv(PORTAL_TABLES[params.table!].build(await reports())));
