// A count of pages shared by the search step's indexing threads (pagefind.ts): a thread takes its shard's pages before
// handing them to Pagefind and gives them back when the bundle is written, so that Pagefind's memory stays bounded.

/** At most `limit` pages taken at once; a shard larger than the limit is taken alone, when nothing else is. */
export function pageBudget(limit: number) {
  let held = 0;
  let waiting: (() => void)[] = [];
  return {
    async take(pages: number): Promise<void> {
      while (held > 0 && held + pages > limit) await new Promise<void>((wake) => waiting.push(wake));
      held += pages;
    },
    give(pages: number): void {
      held -= pages;
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    },
  };
}
