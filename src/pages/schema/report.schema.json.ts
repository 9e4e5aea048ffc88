// The JSON Schema of the report downloads, at a stable address: /schema/report.schema.json.
import type { APIRoute } from 'astro';
import { reportJsonSchema } from '../../publish/json-schema.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
