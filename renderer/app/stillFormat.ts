/**
 * The stored form of the attract screen's still (app/stillAttract.ts): its key and its layout,
 * shared by the page's inline script (which paints it), the app (which saves it) and the wipe
 * (which keeps it). How a stored copy is checked is the painter's (stillPaint.ts).
 */
export const STILL_KEY = 'kiosque:attract-still';
export const STILL_FORMAT = 1;

export interface StillAttract {
  format: typeof STILL_FORMAT;
  /** The app version that drew it: a new version draws its own. */
  version: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  html: string;
}

/** A still of this format, drawn by `version`. */
export function stillAttract(version: string, fields: Omit<StillAttract, 'format' | 'version'>) {
  return { format: STILL_FORMAT, version, ...fields } satisfies StillAttract;
}
