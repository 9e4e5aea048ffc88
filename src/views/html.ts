// HTML written as strings, for the parts of a page with thousands of elements (the original text): Astro renders
// each element of a list as a component expression, which on a report page costs more than all the rest.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The published text, one <li id="L{n}"> per line, so every figure and check can point at its line. */
export function sourceLinesHtml(lines: readonly string[]): string {
  return lines.map((text, i) => {
    const n = i + 1;
    return `<li id="L${n}"><a class="line-no" href="#L${n}" aria-label="第 ${n} 行">${n}</a><span class="line-text">${escapeHtml(text)}</span></li>`;
  }).join('');
}
