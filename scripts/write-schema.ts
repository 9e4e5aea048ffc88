// Writes schema/report.schema.json, the public JSON Schema of a report, from the zod schema (the single source).
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/publish/json-schema.ts';

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), JSON.stringify(reportJsonSchema(), null, 2) + '\n');
