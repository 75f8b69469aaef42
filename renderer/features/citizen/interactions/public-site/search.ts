import type { SitePage } from './schema';
import { textIn } from '../../content/localize';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Pages matching every word of the query (accents and capitals ignored, words of one or two
 * letters such as "de" or "la" skipped), looked for in the title and the keywords.
 */
export function searchPages(pages: readonly SitePage[], query: string, lang: string): SitePage[] {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
  if (words.length === 0) return [];
  return pages.filter((page) => {
    const haystack = fold([textIn(lang)(page.title), page.title.fr, ...page.keywords].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
