// One report's data package: its JSON, its checks and each of its tables as CSV, with the source they came from.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { reports } from '../../../../../../site/data.ts';
import { KIND_SLUGS } from '../../../../../../site/paths.ts';
import { reportPackage } from '../../../../../../site/report-package.ts';
import { jsonResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = (async () =>
  (await reports()).map((entry) => ({
    params: { bureau: entry.bureauId, year: String(entry.year), kind: KIND_SLUGS[entry.kind] },
    props: { entry },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry } }) => jsonResponse(reportPackage(entry));
