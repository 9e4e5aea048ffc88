// axe-core in the page: the WCAG 2.0/2.1/2.2 A and AA rules, plus the table rules axe leaves off by default.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'td-has-header': { enabled: true }, 'table-fake-caption': { enabled: true } },
  // Full details for violations only: passes on a long report page would be thousands of nodes.
  resultTypes: ['violations'],
};

export interface AxeOutcome {
  /** One line per violating element: page, rule, selector, what is wrong. */
  violations: string[];
  /** Every rule axe ran on the page, whatever its outcome. */
  rules: string[];
}

export async function runAxe(page: Page, label: string): Promise<AxeOutcome> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS,
  );
  const all: Result[] = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable];
  return { violations: results.violations.flatMap((v) => describe(label, v)), rules: [...new Set(all.map((r) => r.id))] };
}

function describe(label: string, v: Result): string[] {
  return v.nodes.map((n) => {
    const why = n.failureSummary?.replace(/\s+/g, ' ').trim() ?? v.help;
    return `${label}  ${v.id} (${v.impact})  ${n.target.join(' ')}  ${why}`;
  });
}
