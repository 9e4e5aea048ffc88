// compare/bureaus.json: the bureaus the comparison page offers, by 市/州, and where each one's rows are per year.
import type { APIRoute } from 'astro';
import { bureaus, reports } from '../../site/data.ts';
import { jsonResponse } from '../../site/responses.ts';
import { compareEntries, compareIndex, comparePages } from '../../views/compare.ts';

export const GET: APIRoute = async () => {
  const compared = compareEntries(await reports());
  return jsonResponse(compareIndex(compared, comparePages(compared), await bureaus()));
};
