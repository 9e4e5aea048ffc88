// One report's data package: its JSON, its checks and each of its tables as CSV, with the source they came from.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { fullReport, reportRoutes } from '../../../../../../site/data.ts';
import { reportPackage } from '../../../../../../site/report-package.ts';
import { jsonResponse } from '../../../../../../site/responses.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { entry } }) => jsonResponse(reportPackage(entry, await fullReport(entry)));
