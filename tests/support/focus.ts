// Keyboard focus as a sighted keyboard user sees it. focusState runs inside the page (page.evaluate).
import type { Page } from 'playwright-core';

export interface FocusState {
  /** The focused element, e.g. 'a[href="/portal/about/"] "关于"'; 'body' when nothing is focused. */
  element: string;
  /** Why the focus is not visible enough, or null. */
  problem: string | null;
  /** Whether focus is on another element than at the previous call on this page. */
  moved: boolean;
}

declare global {
  interface Window {
    mzLastFocus?: Element | null;
  }
}

/** The focused element and whether its indicator (outline or box-shadow) is on screen and contrasts 3:1 with the
 * colour it is drawn against (WCAG 2.4.7 and 1.4.11). */
function focusState(): FocusState {
  type Rgba = [number, number, number, number];
  const el = document.activeElement;
  const moved = el !== window.mzLastFocus;
  window.mzLastFocus = el;
  if (!el || el === document.body || el === document.documentElement) return { element: 'body', problem: null, moved };
  const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  const href = el.getAttribute('href');
  const element = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? `[href="${href}"]` : ''}${label ? ` "${label}"` : ''}`;

  const parse = (c: string): Rgba => {
    const n = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, c.startsWith('rgba') ? n[3] ?? 1 : 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as Rgba;
  /** The colour an element's box shows: its background over its ancestors', down to the white canvas. */
  const surface = (from: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = from; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
  };
  const luminance = (c: Rgba) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    return { element, moved, problem: 'the focused element is not visible' };
  }
  if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) {
    return { element, moved, problem: 'the focused element is off screen' };
  }
  const style = getComputedStyle(el);
  let indicator: { color: string; inside: boolean } | null = null;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
    indicator = { color: style.outlineColor, inside: parseFloat(style.outlineOffset) < 0 };
  } else if (style.boxShadow !== 'none') {
    indicator = { color: style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? 'rgba(0,0,0,0)', inside: style.boxShadow.includes('inset') };
  }
  if (!indicator) return { element, moved, problem: 'no focus outline or box-shadow' };
  const ground = surface(indicator.inside ? el : el.parentElement);
  const ratio = contrast(over(parse(indicator.color), ground), ground);
  if (ratio < 3) return { element, moved, problem: `focus indicator ${indicator.color} contrasts only ${ratio.toFixed(2)}:1 with its background` };
  return { element, moved, problem: null };
}

/** Runs in the page: resolves once the page has stopped scrolling (smooth scrolling to the focused element). */
async function scrolled(): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await new Promise(requestAnimationFrame);
    const now = `${scrollX},${scrollY}`;
    if (now === last) return;
    last = now;
  }
}

/** Presses Tab (or Shift+Tab) and returns where focus went, once any scrolling to it has ended. */
export async function tab(page: Page, back = false): Promise<FocusState> {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  await page.evaluate(scrolled);
  return page.evaluate(focusState);
}
