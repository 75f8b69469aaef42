/** Labels and number formats of the statistics screens, in the interface language. */
import { builtinLanguage, type Language } from '../../../electron/shared/config-schema';
import { labelOf, type Term } from '../journal/taxonomies';
import { frenchDate } from './period';

/** A taxonomy code's label, or the code itself (codes from a newer kiosk, INSEE codes). */
export const termLabel = (list: readonly Term[] | null, code: string, lang: Language): string =>
  list ? labelOf(list, code, builtinLanguage(lang)) : code;

const locale = (lang: Language): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatCount(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

export function formatShare(share: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

export function formatMinutes(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A date for people: JJ/MM/AAAA in French, DD/MM/YYYY in British English too. */
export const displayDate = (date: string): string => frenchDate(date);

/** A bucket of the over-time chart: a day, a week's Monday, or a month (MM/AAAA). */
export function bucketLabel(code: string): string {
  return code.length === 7 ? `${code.slice(5, 7)}/${code.slice(0, 4)}` : frenchDate(code);
}
