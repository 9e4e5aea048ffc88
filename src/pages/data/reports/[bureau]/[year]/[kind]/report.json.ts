// One report as published: the validated report data with its provenance (format: /schema/report.schema.json).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { PublishedReport } from '../../../../../../core/schema.ts';
import { reports } from '../../../../../../site/data.ts';
import { KIND_SLUGS } from '../../../../../../site/paths.ts';
import { provenanceOf } from '../../../../../../site/provenance.ts';
import { jsonResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = (async () =>
  (await reports()).map((entry) => ({
    params: { bureau: entry.bureauId, year: String(entry.year), kind: KIND_SLUGS[entry.kind] },
    props: { entry },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry } }) => {
  const published: PublishedReport = { ...entry.report, provenance: provenanceOf(entry.report) };
  return jsonResponse(published);
};
