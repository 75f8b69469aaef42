/**
 * The fonts a writing system needs that counter PCs may lack, declared only on a kiosk that
 * shows that script: its `@font-face` rules in the shell's own sheet made every first frame
 * slower, even on a page with no such text (about 0.1× of a one-button page: docs/mesures.md).
 * Each sheet loads once, with its faces; the font files themselves only when text needs them.
 */
const SHEETS: Readonly<Record<string, () => Promise<unknown>>> = {
  ar: () => import('../styles/arabic.css'),
};

/** The languages whose sheet is loaded or on its way. */
const requested = new Set<string>();

/** Declares the fonts of every language in `languages` that has its own (once each). */
export function loadScriptFonts(languages: Iterable<string>): void {
  for (const lang of languages) {
    const load = SHEETS[lang];
    if (!load || requested.has(lang)) continue;
    requested.add(lang);
    load().catch((error: unknown) => {
      requested.delete(lang); // The next call tries again; meanwhile the system font shows.
      console.error('[kiosque] error fonts.load', error);
    });
  }
}

/** The languages the elements of `root` are marked with (the still's "العربية" button…). */
export function languagesIn(root: ParentNode): Set<string> {
  return new Set(
    [...root.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang') ?? ''),
  );
}
