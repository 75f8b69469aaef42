/**
 * Languages beyond French and English come as overlay files
 * (`resources/content/locales/<code>/exercises/<id>.json`): the same shape as the exercise
 * file, where each localized text (`{ "fr": …, "en": … }`) becomes one string. Authors copy
 * the French file and translate its texts; this module finds the gaps and merges the texts
 * in. Pure: used by the loader, the content check and tests.
 */
import { MISSING_MARKER } from '../../../i18n/catalogueGaps';

type Json = unknown;

/** A localized text in a content file: an object whose `fr` is a string. */
export const isLocalizedText = (value: Json): value is { fr: string; [lang: string]: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { fr?: unknown }).fr === 'string';

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const child = (node: Json, key: string | number): Json =>
  Array.isArray(node) ? (node as Json[])[key as number] : isRecord(node) ? node[key] : undefined;

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export interface OverlayGaps {
  /** JSON paths of localized texts the overlay lacks (or leaves blank). */
  missing: string[];
  /** JSON paths of overlay strings with no localized text at that place in the source. */
  extra: string[];
}

/** What an overlay lacks compared with its source file. */
export function overlayGaps(source: Json, overlay: Json): OverlayGaps {
  const gaps: OverlayGaps = { missing: [], extra: [] };
  const walk = (src: Json, over: Json, path: string) => {
    if (isLocalizedText(src)) {
      if (typeof over !== 'string' || over.trim() === '') gaps.missing.push(path);
      return;
    }
    if (Array.isArray(src)) {
      src.forEach((item, i) => walk(item, child(over, i), join(path, i)));
      if (Array.isArray(over) && over.length > src.length) {
        for (let i = src.length; i < over.length; i += 1) gaps.extra.push(join(path, i));
      }
      return;
    }
    if (isRecord(src)) {
      for (const [key, value] of Object.entries(src))
        walk(value, child(over, key), join(path, key));
      if (isRecord(over)) {
        for (const key of Object.keys(over)) if (!(key in src)) gaps.extra.push(join(path, key));
      }
      return;
    }
    if (typeof over === 'string' && path !== '') gaps.extra.push(path);
  };
  walk(source, overlay, '');
  return gaps;
}

/**
 * A copy of `source` where every localized text also has `lang`: the overlay's string, or,
 * when it has none, the French text (behind the preview marker when `markMissing`).
 */
export function applyOverlay<T>(source: T, overlay: Json, lang: string, markMissing: boolean): T {
  const merge = (src: Json, over: Json): Json => {
    if (isLocalizedText(src)) {
      const text = typeof over === 'string' && over.trim() !== '' ? over : null;
      return { ...src, [lang]: text ?? (markMissing ? `${MISSING_MARKER}${src.fr}` : src.fr) };
    }
    if (Array.isArray(src)) return src.map((item, i) => merge(item, child(over, i)));
    if (isRecord(src)) {
      return Object.fromEntries(Object.entries(src).map(([k, v]) => [k, merge(v, child(over, k))]));
    }
    return src;
  };
  return merge(source, overlay) as T;
}
