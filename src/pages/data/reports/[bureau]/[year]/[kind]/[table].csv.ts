// Each table of a report as CSV: data/reports/<单位>/<年度>/<类型>/<table id>.csv.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { tabularCsv } from '../../../../../../publish/export/csv.ts';
import { tableTabular } from '../../../../../../publish/export/tables-csv.ts';
import { fullReport, reportParams, reports } from '../../../../../../site/data.ts';
import { csvResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = (async () =>
  (await reports()).flatMap((entry) =>
    entry.report.tables.map((table) => ({
      params: { ...reportParams(entry), table: table.id },
      props: { entry, id: table.id },
      cacheKey: entry.cacheKey,
    })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { entry, id } }) => {
  const table = (await fullReport(entry)).tables.find((t) => t.id === id)!;
  return csvResponse(tabularCsv(tableTabular(table)));
};
