// One report as published: the validated report data with its provenance (format: /schema/report.schema.json).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { PublishedReport } from '../../../../../../core/schema.ts';
import { reportRoutes } from '../../../../../../site/data.ts';
import { provenanceOf } from '../../../../../../site/provenance.ts';
import { jsonResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry } }) => {
  const published: PublishedReport = { ...entry.report, provenance: provenanceOf(entry.report) };
  return jsonResponse(published);
};
