// Unicode direction controls (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees without changing what a
// program reads: "机关" can be shown as something else in a page, a CSV or the terminal. Names never need them.
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const hasDirectionControls = (text: string) => text.search(CONTROLS) >= 0;
export const stripDirectionControls = (text: string) => text.replace(CONTROLS, '');
