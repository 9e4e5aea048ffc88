// A report read from a PDF: the PDF exactly as committed, so that figures can link to its pages (original.pdf#page=N).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { reportRoutes } from '../../../../../../site/data.ts';
import { isPdfFile } from '../../../../../../pipeline/parse-bytes.ts';

export const getStaticPaths = (async () => (await reportRoutes()).filter((r) => isPdfFile(r.props.entry.report.file))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// report.file is the path as the build names it, relative to the folder it runs in ("content/reports/…").
export const GET: APIRoute<Props> = async ({ props: { entry } }) => new Response(await readFile(resolve(entry.report.file)), { headers: { 'Content-Type': 'application/pdf' } });
