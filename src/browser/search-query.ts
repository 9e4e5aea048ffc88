// The query as Pagefind should see it. Pagefind segments Chinese with the browser's Intl.Segmenter and drops
// punctuation itself, so 因公出国（境）费 and 因公出国(境)费 both become 因公 出国 境 费; what is left to do here is what
// Pagefind does not: full-width letters, digits and spaces typed with a Chinese input method, and Chinese quotes.

export interface Query {
  /** The text handed to pagefind.search. */
  term: string;
  /** Quoted: Pagefind looks for the words next to each other. */
  exact: boolean;
}

const CHINESE_QUOTES = /[“”「」『』]/g;

export function normaliseQuery(raw: string): Query {
  // NFKC: ８．２１ → 8.21, full-width space → space, （ → (.
  const term = raw.normalize('NFKC').replace(CHINESE_QUOTES, '"').replace(/\s+/g, ' ').trim();
  return { term, exact: /^".+"$/.test(term) };
}

/**
 * The same words without the quotes. An exact search needs the words at adjacent positions, and in the index a
 * bracket or quote mark holds a position of its own (因公出国（境）费, “三公”经费), so a quoted phrase that the
 * text writes with punctuation inside finds nothing; the page then searches the words on their own.
 */
export function looseQuery(q: Query): Query {
  return { term: q.term.replace(/"/g, ' ').replace(/\s+/g, ' ').trim(), exact: false };
}
