// One report as published: the validated report data with its provenance (format: /schema/report.schema.json).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { PublishedReport } from '../../../../../../model/schema.ts';
import { fullReport, reportRoutes } from '../../../../../../site/data.ts';
import { provenanceOf } from '../../../../../../site/provenance.ts';
import { jsonResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { entry } }) => {
  const report = await fullReport(entry);
  const published: PublishedReport = { ...report, provenance: provenanceOf(report) };
  return jsonResponse(published);
};
