// Which part of a page a result should open. Pagefind splits a page into sub-results at headings and titled
// elements, in page order; the page's best part is the one where the query's words stand together.

export interface Hit {
  location: number;
  balanced_score: number;
}


/**
 * Runs of hits on adjacent words, in page order. Allowing a gap (for the punctuation in “三公”经费) would chain
 * unrelated hits through lists of row names (…培训费 31013 公务用车…), so a run is strictly adjacent words.
 */
function runs(hits: readonly Hit[]): Hit[][] {
  const sorted = [...hits].sort((a, b) => a.location - b.location);
  const all: Hit[][] = [];
  for (const hit of sorted) {
    const run = all.at(-1);
    if (run && hit.location - run.at(-1)!.location === 1) run.push(hit);
    else all.push([hit]);
  }
  return all;
}

/**
 * A part's score: first the most query words it has standing together, then the weight of those longest runs, so
 * that 公务接待费 written out in one place outweighs 公务, 接待 and 费 scattered over a glossary.
 */
function sectionScore(hits: readonly Hit[]): [longest: number, weight: number] {
  const all = runs(hits);
  const longest = Math.max(0, ...all.map((r) => r.length));
  const weight = all.filter((r) => r.length === longest).flat().reduce((sum, h) => sum + h.balanced_score, 0);
  return [longest, weight];
}

/** The parts in order of score, best first; on a tie, the earlier part. */
export function rankSections<T extends { weighted_locations: readonly Hit[] }>(parts: readonly T[]): T[] {
  return parts
    .map((part, i) => ({ part, i, score: sectionScore(part.weighted_locations) }))
    .sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || a.i - b.i)
    .map((s) => s.part);
}
