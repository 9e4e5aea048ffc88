// The search step's page budget: shards whose pages together exceed it are indexed one after the other, so that
// Pagefind never holds two full shards (about 4 GB each) at once; small shards share it.
import { expect, test } from 'vitest';
import { pageBudget } from '../../src/search/page-budget.ts';

/** Whether the promise has settled once pending callbacks have run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

test('two shards that together exceed the budget run one after the other', async () => {
  const budget = pageBudget(1000);
  await budget.take(700);
  const second = budget.take(700);
  expect(await settled(second)).toBe(false);
  budget.give(700);
  expect(await settled(second)).toBe(true);
});

test('shards that fit together run together, and one larger than the budget runs alone', async () => {
  const budget = pageBudget(1000);
  await budget.take(250);
  expect(await settled(budget.take(250))).toBe(true);
  const large = budget.take(1200);
  expect(await settled(large)).toBe(false);
  budget.give(250);
  expect(await settled(large)).toBe(false);
  budget.give(250);
  expect(await settled(large)).toBe(true);
});
