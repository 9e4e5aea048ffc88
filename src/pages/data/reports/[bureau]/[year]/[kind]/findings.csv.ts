// Every check of one report, those that hold included: data/reports/<单位>/<年度>/<类型>/findings.csv.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { tabularCsv } from '../../../../../../publish/export/csv.ts';
import { findingsTabular } from '../../../../../../publish/export/portal-csv.ts';
import { fullReport, reportRoutes } from '../../../../../../site/data.ts';
import { ALL_CHECKS } from '../../../../../../site/downloads.ts';
import { csvResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { entry } }) => {
  const { findings } = await fullReport(entry);
  return csvResponse(tabularCsv(findingsTabular([entry], () => findings, ALL_CHECKS)));
};
