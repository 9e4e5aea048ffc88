// The public JSON Schema of the report format, derived from the zod schema so the two cannot drift apart.
import { z } from 'zod';
import { PublishedReport } from '../model/schema.ts';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PublishedReport, { target: 'draft-2020-12' }),
    $id: 'https://mingzhang.invalid/schema/report.schema.json',
    title: '明账 report: one 部门决算 document parsed and audited, with its provenance',
    description: 'Amounts are exact decimal strings in the report unit (万元 unless stated); null where the document states no figure. Line numbers are the source file\'s.',
  };
}
