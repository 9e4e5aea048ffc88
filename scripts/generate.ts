// `npm run generate`: writes what is derived from the code so that it cannot drift: the public JSON Schema of a
// report (schema/report.schema.json, from the zod schema) and README's tables of diagnostic codes (from the catalogue).
import { readFileSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/publish/json-schema.ts';
import { withCodeTables } from './docs/code-tables.ts';

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), JSON.stringify(reportJsonSchema(), null, 2) + '\n');
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withCodeTables(readFileSync(readme, 'utf8')));
